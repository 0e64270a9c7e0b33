using RouteApi.Storage;

namespace RouteApi.Server.Health;

/// <summary>
/// <c>storage</c> (kube's <c>etcd</c> check): passes while the store answers, which for etcd means a
/// linearizable read went through a leader with quorum (<see cref="IStore.IsHealthyAsync"/>).
/// </summary>
internal sealed class StorageCheck(IStore store) : IHealthCheck
{
    public string Name => "storage";

    public async ValueTask<string?> CheckAsync(CancellationToken cancellationToken) =>
        await store.IsHealthyAsync(cancellationToken) ? null : "the store is not reachable, has no quorum, or is closed";
}
