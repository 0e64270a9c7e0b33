using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RouteApi.Server.RouterStatus;
using RouteApi.Storage;
using RouteApi.Testing;

namespace RouteApi.Server.Tests.RouterStatus;

public sealed class RouterLeaseTests(RouterStatusFactory factory) : IClassFixture<RouterStatusFactory>
{
    private static readonly RouterStatusOptions Options = new() { LeaseDuration = TimeSpan.FromSeconds(15), LeaseRetryPeriod = TimeSpan.FromSeconds(5) };

    private readonly FakeTimeProvider _time = new(RouteApiFactory.Start);

    private (RouterLease First, RouterLease Second) TwoReplicas()
    {
        var store = factory.Services.GetRequiredService<IStore>();
        var key = factory.Layout.RouterLease("lease-test-" + Guid.NewGuid().ToString("N")[..8]);
        return (new RouterLease(store, key, "replica-1", Options, _time), new RouterLease(store, key, "replica-2", Options, _time));
    }

    [Fact]
    public async Task Acquire_WhileAnotherReplicaRenews_StandsBy()
    {
        var (first, second) = TwoReplicas();
        var token = TestContext.Current.CancellationToken;
        Assert.True(await first.TryAcquireOrRenewAsync(token));

        for (var i = 0; i < 5; i++)
        {
            Assert.False(await second.TryAcquireOrRenewAsync(token));
            _time.Advance(TimeSpan.FromSeconds(10));
            Assert.True(await first.TryAcquireOrRenewAsync(token));
        }
    }

    [Fact]
    public async Task Acquire_AfterHolderStoppedRenewing_TakesOverAndOldHolderLosesIt()
    {
        var (first, second) = TwoReplicas();
        var token = TestContext.Current.CancellationToken;
        Assert.True(await first.TryAcquireOrRenewAsync(token));
        Assert.False(await second.TryAcquireOrRenewAsync(token));

        _time.Advance(TimeSpan.FromSeconds(16));

        Assert.True(await second.TryAcquireOrRenewAsync(token));
        Assert.False(await first.TryAcquireOrRenewAsync(token));
    }

    [Fact]
    public async Task AcquireOrRenew_WhileTheStoreIsDown_IsNotHeld_AndHeldAgainOnceItIsBack()
    {
        var store = new OutageStore(factory.Services.GetRequiredService<IStore>());
        var lease = new RouterLease(store, factory.Layout.RouterLease("lease-test-" + Guid.NewGuid().ToString("N")[..8]), "replica-1", Options, _time);
        var token = TestContext.Current.CancellationToken;
        Assert.True(await lease.TryAcquireOrRenewAsync(token));

        store.Down = true;
        Assert.False(await lease.TryAcquireOrRenewAsync(token));

        store.Down = false;
        Assert.True(await lease.TryAcquireOrRenewAsync(token));
    }

    [Fact]
    public async Task Release_ByHolder_LetsTheOtherReplicaAcquireAtOnce()
    {
        var (first, second) = TwoReplicas();
        var token = TestContext.Current.CancellationToken;
        Assert.True(await first.TryAcquireOrRenewAsync(token));

        await first.ReleaseAsync(token);

        Assert.True(await second.TryAcquireOrRenewAsync(token));
    }

    /// <summary>The real store, or, while <see cref="Down"/>, a store that cannot be reached (as etcd during an outage).</summary>
    private sealed class OutageStore(IStore inner) : ForwardingStore(inner, ownsInner: false)
    {
        public bool Down { get; set; }

        public override ValueTask<bool> IsHealthyAsync(CancellationToken cancellationToken) => Down ? ValueTask.FromResult(false) : Inner.IsHealthyAsync(cancellationToken);

        public override ValueTask<StoredObject?> GetAsync(string key, CancellationToken cancellationToken) => Down ? Fail<StoredObject?>(key) : Inner.GetAsync(key, cancellationToken);

        public override ValueTask<ListResult> ListAsync(ListRequest request, CancellationToken cancellationToken) => Down ? Fail<ListResult>(request.Prefix) : Inner.ListAsync(request, cancellationToken);

        public override ValueTask<StoredObject> CreateAsync(string key, ReadOnlyMemory<byte> value, CancellationToken cancellationToken) =>
            Down ? Fail<StoredObject>(key) : Inner.CreateAsync(key, value, cancellationToken);

        public override ValueTask<StoredObject> UpdateAsync(string key, ReadOnlyMemory<byte> value, long expectedRevision, CancellationToken cancellationToken) =>
            Down ? Fail<StoredObject>(key) : Inner.UpdateAsync(key, value, expectedRevision, cancellationToken);

        public override ValueTask<StoredObject> DeleteAsync(string key, long expectedRevision, CancellationToken cancellationToken) =>
            Down ? Fail<StoredObject>(key) : Inner.DeleteAsync(key, expectedRevision, cancellationToken);

        private static ValueTask<T> Fail<T>(string key) => ValueTask.FromException<T>(new StoreUnavailableException(key, "the store cannot be reached"));
    }
}
