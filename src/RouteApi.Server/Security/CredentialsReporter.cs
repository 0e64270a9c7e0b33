using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using RouteApi.Server.Hosting;

namespace RouteApi.Server.Security;

/// <summary>
/// Once the server listens, writes the admin kubeconfig (server URL, CA, generated token) to the
/// data dir and prints its path, so <c>kubectl --kubeconfig &lt;path&gt; get routes -A</c> works at once;
/// warns when the server speaks plain HTTP.
/// </summary>
internal sealed partial class CredentialsReporter(
    IServer server,
    IHostApplicationLifetime lifetime,
    IOptions<SecurityOptions> security,
    IOptions<RouteApiOptions> routeApi,
    ILogger<CredentialsReporter> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(Report);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Report()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("https://", StringComparison.Ordinal)) ?? addresses.FirstOrDefault();
        if (address is null)
        {
            return;
        }

        var uri = ClientUri(address);
        if (uri.Scheme == Uri.UriSchemeHttp)
        {
            Log.PlainHttp(logger, uri.ToString());
        }

        var dataDir = routeApi.Value.DataDir;
        // Over plain HTTP (--urls) no CA was generated and the kubeconfig needs none.
        var caPem = uri.Scheme == Uri.UriSchemeHttps ? ServingCertificate.CaPem(security.Value, dataDir) : null;
        var kubeconfig = Credentials.WriteKubeconfig(security.Value, dataDir, uri, caPem);
        if (kubeconfig is not null)
        {
            Log.Kubeconfig(logger, kubeconfig);
        }
    }

    // A wildcard listen address is reached through loopback from this machine.
    private static Uri ClientUri(string address)
    {
        var uri = new Uri(address.Replace("://+", "://127.0.0.1", StringComparison.Ordinal).Replace("://*", "://127.0.0.1", StringComparison.Ordinal));
        return uri.Host is "0.0.0.0" or "[::]" ? new UriBuilder(uri) { Host = "127.0.0.1" }.Uri : uri;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 4200, EventName = nameof(Kubeconfig), Level = LogLevel.Information,
            Message = "Admin kubeconfig written to {Path}: kubectl --kubeconfig {Path} get routes -A")]
        public static partial void Kubeconfig(ILogger logger, string path);

        [LoggerMessage(EventId = 4201, EventName = nameof(PlainHttp), Level = LogLevel.Warning,
            Message = "Serving plain HTTP on {Url}: tokens and route keys cross the network unencrypted; use it for development and tests only")]
        public static partial void PlainHttp(ILogger logger, string url);
    }
}
