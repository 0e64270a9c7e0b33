using RouteApi.Testing.Etcd;

namespace RouteApi.Storage.Etcd.Tests;

/// <summary>Store options for a test etcd cluster (kept here: RouteApi.Testing does not reference the etcd store).</summary>
public static class EtcdClusterExtensions
{
    /// <summary>Options for a store on every member, with a short request timeout and its own key namespace.</summary>
    public static EtcdStoreOptions StoreOptions(this EtcdCluster cluster, TimeSpan requestTimeout)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var options = new EtcdStoreOptions
        {
            RequestTimeout = requestTimeout,
            HealthTimeout = requestTimeout < TimeSpan.FromSeconds(2) ? requestTimeout : TimeSpan.FromSeconds(2),
            StartupTimeout = TimeSpan.FromSeconds(10),
            Prefix = $"/ns-{Guid.NewGuid():N}",
        };
        foreach (var member in cluster.Members)
        {
            options.Endpoints.Add(member.ClientUrl);
        }

        return options;
    }
}
