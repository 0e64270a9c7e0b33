using RouteApi.Storage.Tests;

namespace RouteApi.Storage.Etcd.Tests;

public sealed partial class EtcdStoreTests
{
    [Fact]
    public async Task Watch_EtcdKilledAndRestarted_ResumesWithoutGapOrDuplicate()
    {
        using var timeout = TenSeconds();
        var start = Store.CurrentRevision;
        var a = await Store.CreateAsync(Key("a"), Bytes("a1"), Token);
        var b = await Store.CreateAsync(Key("b"), Bytes("b1"), Token);
        await using var events = Store.WatchAsync(Prefix, start, timeout.Token).GetAsyncEnumerator(timeout.Token);
        var before = await TakeAsync(events, 2);

        await Etcd.Members[0].KillAsync();
        var next = events.MoveNextAsync();
        await Etcd.RestartAsync([0], Token);
        var c = await Store.CreateAsync(Key("c"), Bytes("c1"), Token);
        var a2 = await Store.UpdateAsync(Key("a"), Bytes("a2"), a.ModRevision, Token);
        var bGone = await Store.DeleteAsync(Key("b"), b.ModRevision, Token);
        Assert.True(await next);
        var after = new List<StoreEvent> { events.Current };
        after.AddRange(await TakeAsync(events, 2));

        var all = before.Concat(after).ToList();
        Assert.Equal(Enumerable.Range(1, 5).Select(i => start + i), all.Select(e => e.Revision));
        Assert.Equal([a, b, c, a2, bGone], all.Select(e => e.Current), StoredObjectComparer.Instance);
        Assert.Equal([StoreEventType.Created, StoreEventType.Created, StoreEventType.Created, StoreEventType.Updated, StoreEventType.Deleted], all.Select(e => e.Type));
    }

    [Fact]
    public async Task Watch_RevisionCompactedByAnotherClient_EndsWithEtcdsCompactedRevision()
    {
        using var timeout = FiveSeconds();
        var start = Store.CurrentRevision;
        var created = await Store.CreateAsync(Key("a"), Bytes("v1"), Token);
        await Store.UpdateAsync(Key("a"), Bytes("v2"), created.ModRevision, Token);
        var compactTo = Store.CurrentRevision;
        await using (var other = await EtcdStoreFactory.ConnectAsync(_options!, null, Token))
        {
            await other.CompactAsync(compactTo, Token);
        }

        await using var events = Store.WatchAsync(Prefix, start, timeout.Token).GetAsyncEnumerator(timeout.Token);
        var error = await Assert.ThrowsAsync<StoreRevisionCompactedException>(async () => await events.MoveNextAsync());

        Assert.Equal(compactTo, error.Compacted);
        Assert.Equal(compactTo, Store.CompactedRevision);
    }

    [Fact]
    public async Task Watch_JustBelowRevisionCompactedByAnotherClient_ThrowsCompacted()
    {
        using var timeout = FiveSeconds();
        var created = await Store.CreateAsync(Key("a"), Bytes("v1"), Token);
        await Store.UpdateAsync(Key("a"), Bytes("v2"), created.ModRevision, Token);
        var compactTo = Store.CurrentRevision;
        await using (var other = await EtcdStoreFactory.ConnectAsync(_options!, null, Token))
        {
            await other.CompactAsync(compactTo, Token);
        }

        await using var events = Store.WatchAsync(Prefix, compactTo - 1, timeout.Token).GetAsyncEnumerator(timeout.Token);
        var error = await Assert.ThrowsAsync<StoreRevisionCompactedException>(async () => await events.MoveNextAsync());

        Assert.Equal(compactTo, error.Compacted);
    }

    [Fact]
    public async Task Watch_FromFutureRevision_WaitsForIt()
    {
        using var timeout = FiveSeconds();
        var start = Store.CurrentRevision;
        await using var events = Store.WatchAsync(Prefix, start + 2, timeout.Token).GetAsyncEnumerator(timeout.Token);
        var next = events.MoveNextAsync();

        await Store.CreateAsync(Key("a"), Bytes("v"), Token);
        await Store.CreateAsync(Key("b"), Bytes("v"), Token);
        var third = await Store.CreateAsync(Key("c"), Bytes("v"), Token);

        Assert.True(await next);
        Assert.Equal(third, events.Current.Current, StoredObjectComparer.Instance);
    }

    [Fact]
    public async Task Watch_ConsumerFarBehind_ReceivesEveryEventInOrderWithoutOverflow()
    {
        using var timeout = FiveSeconds();
        var start = Store.CurrentRevision;
        await using var events = Store.WatchAsync(Prefix, start, timeout.Token).GetAsyncEnumerator(timeout.Token);
        var first = events.MoveNextAsync();

        await Task.WhenAll(Enumerable.Range(0, 300).Select(i => Store.CreateAsync(Key($"k{i:D3}"), Bytes("v"), Token).AsTask()));
        Assert.True(await first);
        var head = events.Current;
        var rest = await TakeAsync(events, 299);

        Assert.Equal(Enumerable.Range(1, 300).Select(i => start + i), rest.Prepend(head).Select(e => e.Revision));
    }

    [Fact]
    public async Task Dispose_WithOpenWatch_CompletesTheStream()
    {
        using var timeout = FiveSeconds();
        await using var events = Store.WatchAsync(Prefix, Store.CurrentRevision, timeout.Token).GetAsyncEnumerator(timeout.Token);
        var next = events.MoveNextAsync();

        await Store.DisposeAsync();

        Assert.False(await next);
    }

    [Fact]
    public async Task Keys_WithNamespace_AreStoredUnderItAndReportedWithout()
    {
        using var timeout = FiveSeconds();
        var start = Store.CurrentRevision;
        await using var events = Store.WatchAsync(Prefix, start, timeout.Token).GetAsyncEnumerator(timeout.Token);
        var options = Etcd.StoreOptions(TimeSpan.FromSeconds(5));
        options.Prefix = string.Empty;
        await using var raw = await EtcdStoreFactory.ConnectAsync(options, null, Token);

        var created = await Store.CreateAsync(Key("a"), Bytes("v"), Token);
        var seen = Assert.Single(await TakeAsync(events, 1));
        var underNamespace = await raw.GetAsync(_options!.Prefix + Key("a"), Token);

        Assert.Equal(Key("a"), seen.Current.Key);
        Assert.Equal(Key("a"), created.Key);
        Assert.NotNull(underNamespace);
        Assert.Null(await raw.GetAsync(Key("a"), Token));
    }

    /// <summary>A token that gives up after 10 seconds: enough for an etcd restart.</summary>
    private static CancellationTokenSource TenSeconds()
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(Token);
        source.CancelAfter(TimeSpan.FromSeconds(10));
        return source;
    }
}
