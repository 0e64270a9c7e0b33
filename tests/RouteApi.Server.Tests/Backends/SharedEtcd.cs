using RouteApi.Testing.Etcd;

namespace RouteApi.Server.Tests.Backends;

/// <summary>
/// The one single-member etcd the etcd pass of the HTTP suites shares: started by the first
/// factory that asks, stopped (and its data directory deleted) when the test host exits. Factories
/// keep apart by key prefix.
/// </summary>
internal static class SharedEtcd
{
    private static readonly Lazy<EtcdCluster> Cluster = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The client URL of the shared member, started on first use.</summary>
    public static string ClientUrls => Cluster.Value.ClientUrls;

    private static EtcdCluster Start()
    {
        // Lazy's factory is synchronous; start etcd off any test synchronization context.
        var cluster = Task.Run(() => EtcdCluster.StartAsync(1, CancellationToken.None)).GetAwaiter().GetResult();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return cluster;
    }
}
