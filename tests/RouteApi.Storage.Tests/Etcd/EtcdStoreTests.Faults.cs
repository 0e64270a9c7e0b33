using System.Diagnostics;

namespace RouteApi.Storage.Etcd.Tests;

public sealed partial class EtcdStoreTests
{
    private static readonly TimeSpan ShortTimeout = TimeSpan.FromMilliseconds(500);

    /// <summary>What a failing call may take beyond its deadline on a busy test machine.</summary>
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Operations_EtcdStopped_ThrowUnavailableWithinRequestTimeout()
    {
        await using var store = await EtcdStoreFactory.ConnectAsync(Etcd.StoreOptions(ShortTimeout), null, Token);
        var created = await store.CreateAsync("/a", Bytes("v"), Token);
        await Etcd.Members[0].KillAsync();

        var elapsed = await Task.WhenAll(
            TimeUnavailableAsync(() => store.GetAsync("/a", Token).AsTask()),
            TimeUnavailableAsync(() => store.ListAsync(new ListRequest("/"), Token).AsTask()),
            TimeUnavailableAsync(() => store.CreateAsync("/b", Bytes("v"), Token).AsTask()),
            TimeUnavailableAsync(() => store.UpdateAsync("/a", Bytes("v2"), created.ModRevision, Token).AsTask()),
            TimeUnavailableAsync(() => store.DeleteAsync("/a", created.ModRevision, Token).AsTask()),
            TimeUnavailableAsync(() => store.CompactAsync(created.ModRevision, Token).AsTask()));

        Assert.All(elapsed, e => Assert.InRange(e, TimeSpan.Zero, ShortTimeout + Slack));
    }

    [Fact]
    public async Task IsHealthy_EtcdStopped_ReturnsFalseQuickly()
    {
        await Etcd.Members[0].KillAsync();
        var clock = Stopwatch.StartNew();

        var healthy = await Store.IsHealthyAsync(Token);

        Assert.False(healthy);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, _options!.HealthTimeout + Slack);
    }

    [Fact]
    public async Task IsHealthy_EtcdRestartedAndRequestServed_ReturnsTrue()
    {
        await Etcd.Members[0].KillAsync();
        Assert.False(await Store.IsHealthyAsync(Token));
        await Etcd.RestartAsync([0], Token);

        await Store.CreateAsync(Key("a"), Bytes("v"), Token);
        var healthy = await Store.IsHealthyAsync(Token);

        Assert.True(healthy);
    }

    [Fact]
    public async Task List_RevisionCompactedByAnotherClient_ThrowsWithEtcdsCompactedRevision()
    {
        var created = await Store.CreateAsync(Key("a"), Bytes("v1"), Token);
        await Store.UpdateAsync(Key("a"), Bytes("v2"), created.ModRevision, Token);
        var compactTo = Store.CurrentRevision;
        await using (var other = await EtcdStoreFactory.ConnectAsync(_options!, null, Token))
        {
            await other.CompactAsync(compactTo, Token);
        }

        var error = await Assert.ThrowsAsync<StoreRevisionCompactedException>(async () =>
            await Store.ListAsync(new ListRequest(Prefix, Revision: created.ModRevision), Token));

        Assert.Equal(created.ModRevision, error.Requested);
        Assert.Equal(compactTo, error.Compacted);
    }

    [Fact]
    public async Task Compact_AlreadyCompactedByAnotherClient_ThrowsCompactedWithItsRevision()
    {
        await Store.CreateAsync(Key("a"), Bytes("v1"), Token);
        var compactTo = Store.CurrentRevision;
        await using (var other = await EtcdStoreFactory.ConnectAsync(_options!, null, Token))
        {
            await other.CompactAsync(compactTo, Token);
        }

        var error = await Assert.ThrowsAsync<StoreRevisionCompactedException>(async () => await Store.CompactAsync(compactTo, Token));

        Assert.Equal(compactTo, error.Compacted);
        Assert.Equal(compactTo, Store.CompactedRevision);
    }

    [Fact]
    public async Task CurrentRevision_AfterAnotherClientWrites_CatchesUpWithTheNextResponse()
    {
        await using var other = await EtcdStoreFactory.ConnectAsync(_options!, null, Token);
        var written = await other.CreateAsync(Key("a"), Bytes("v"), Token);

        await Store.GetAsync(Key("b"), Token);

        Assert.Equal(written.ModRevision, Store.CurrentRevision);
    }

    private static async Task<TimeSpan> TimeUnavailableAsync(Func<Task> operation)
    {
        var clock = Stopwatch.StartNew();
        await Assert.ThrowsAsync<StoreUnavailableException>(operation);
        return clock.Elapsed;
    }
}
