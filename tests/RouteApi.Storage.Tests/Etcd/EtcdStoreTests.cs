using RouteApi.Testing.Etcd;

namespace RouteApi.Storage.Etcd.Tests;

/// <summary>
/// The contract suite on a real etcd. Every test gets its own single-member etcd (fresh revisions,
/// no compaction left by another test; ~0.15 s to start), and its store its own key namespace.
/// </summary>
public sealed partial class EtcdStoreTests : RouteApi.Storage.Tests.StoreContractTests
{
    private EtcdCluster? _etcd;
    private EtcdStoreOptions? _options;

    protected override bool SupportsReopen => true;

    private EtcdCluster Etcd => _etcd ?? throw new InvalidOperationException("etcd is not running.");

    protected override async Task<IStore> CreateStoreAsync()
    {
        _etcd = await EtcdCluster.StartAsync(1, Token);
        _options = Etcd.StoreOptions(TimeSpan.FromSeconds(5));
        return await EtcdStoreFactory.ConnectAsync(_options, null, Token);
    }

    protected override async Task<IStore> ReopenStoreAsync(IStore store)
    {
        await store.DisposeAsync();
        return await EtcdStoreFactory.ConnectAsync(_options!, null, Token);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_etcd is not null)
        {
            await _etcd.DisposeAsync();
        }
    }
}
