using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Grpc.Core;
using Grpc.Net.Client;
using Grpc.Net.Client.Balancer;
using Grpc.Net.Client.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace RouteApi.Storage.Etcd;

/// <summary>
/// Builds the one gRPC channel the store uses: every endpoint behind a static resolver with
/// round-robin balancing (a dead member drops out of the rotation until it reconnects), TLS from
/// the options, and no gRPC-level retries (see <see cref="Create"/>).
/// </summary>
internal static class EtcdChannelFactory
{
    /// <summary>
    /// etcd refuses HTTP/2 pings more often than every 5 s (<c>--grpc-keepalive-min-time</c>), and
    /// pings on a connection without streams count against the client, so pings run only while a
    /// request or watch is open. They detect a half-open connection, which would stall a watch.
    /// </summary>
    private static readonly TimeSpan KeepAlivePingDelay = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan KeepAlivePingTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Creates the channel for <paramref name="options"/> (no connection is made yet).</summary>
    public static GrpcChannel Create(EtcdStoreOptions options)
    {
        var uris = options.EndpointUris();
        var tls = options.UsesTls();
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = options.DialTimeout,
            KeepAlivePingDelay = KeepAlivePingDelay,
            KeepAlivePingTimeout = KeepAlivePingTimeout,
            KeepAlivePingPolicy = HttpKeepAlivePingPolicy.WithActiveRequests,
            PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
        };
        if (tls)
        {
            handler.SslOptions = ClientTls(options);
        }

        var resolver = new StaticResolverFactory(_ => [.. uris.Select(u => new BalancerAddress(u.Host, u.Port))]);
        var services = new ServiceCollection().AddSingleton<ResolverFactory>(resolver).BuildServiceProvider();
        return GrpcChannel.ForAddress("static:///etcd", new GrpcChannelOptions
        {
            // No retry policy: gRPC would replay a Txn whose outcome is unknown (a create that
            // committed would come back as "key exists"). Reads retry nothing either; callers get
            // StoreUnavailableException and decide.
            ServiceConfig = new ServiceConfig { LoadBalancingConfigs = { new RoundRobinConfig() } },
            Credentials = tls ? ChannelCredentials.SecureSsl : ChannelCredentials.Insecure,
            HttpHandler = handler,
            DisposeHttpClient = true,
            ServiceProvider = services,

            // A range over many routes can exceed gRPC's 4 MB default; etcd bounds requests, not replies.
            MaxReceiveMessageSize = null,

            // A restarted member is dialled again within a few seconds, not after gRPC's 2-minute cap.
            InitialReconnectBackoff = TimeSpan.FromMilliseconds(200),
            MaxReconnectBackoff = TimeSpan.FromSeconds(3),
        });
    }

    private static SslClientAuthenticationOptions ClientTls(EtcdStoreOptions options)
    {
        var tls = new SslClientAuthenticationOptions();
        if (options.CertFile is not null && options.KeyFile is not null)
        {
            tls.ClientCertificates = [X509Certificate2.CreateFromPemFile(options.CertFile, options.KeyFile)];
        }

        if (options.CaFile is not null)
        {
            var authorities = new X509Certificate2Collection();
            authorities.ImportFromPemFile(options.CaFile);
            tls.RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
                certificate is X509Certificate2 served && IsSignedBy(served, authorities, errors);
        }

        return tls;
    }

    /// <summary>
    /// Accepts a serving certificate that chains to one of <paramref name="authorities"/> (not the
    /// system roots) and names the host that was dialled.
    /// </summary>
    private static bool IsSignedBy(X509Certificate2 served, X509Certificate2Collection authorities, SslPolicyErrors errors)
    {
        if ((errors & (SslPolicyErrors.RemoteCertificateNameMismatch | SslPolicyErrors.RemoteCertificateNotAvailable)) != 0)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(authorities);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(served);
    }
}
