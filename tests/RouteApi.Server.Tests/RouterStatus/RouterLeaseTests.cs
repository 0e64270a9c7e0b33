using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RouteApi.Server.RouterStatus;
using RouteApi.Storage;

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
    public async Task Release_ByHolder_LetsTheOtherReplicaAcquireAtOnce()
    {
        var (first, second) = TwoReplicas();
        var token = TestContext.Current.CancellationToken;
        Assert.True(await first.TryAcquireOrRenewAsync(token));

        await first.ReleaseAsync(token);

        Assert.True(await second.TryAcquireOrRenewAsync(token));
    }
}
