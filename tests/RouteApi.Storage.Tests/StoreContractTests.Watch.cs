namespace RouteApi.Storage.Tests;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task Watch_FromRevision_ReplaysHistoryThenStreamsLiveChanges()
    {
        using var timeout = FiveSeconds();
        var start = await WatchStartAsync();
        var created = await Store.CreateAsync(Key("a"), Bytes("v1"), Token);
        var updated = await Store.UpdateAsync(Key("a"), Bytes("v2"), created.ModRevision, Token);
        await using var events = Store.WatchAsync(Prefix, start, timeout.Token).GetAsyncEnumerator(timeout.Token);
        var replayed = await TakeAsync(events, 2);

        var deleted = await Store.DeleteAsync(Key("a"), updated.ModRevision, Token);
        var other = await Store.CreateAsync(Key("b"), Bytes("w1"), Token);
        var live = await TakeAsync(events, 2);

        Assert.Equal(
            [StoreEventType.Created, StoreEventType.Updated, StoreEventType.Deleted, StoreEventType.Created],
            replayed.Concat(live).Select(e => e.Type));
        Assert.Equal([created, updated, deleted, other], replayed.Concat(live).Select(e => e.Current), StoredObjectComparer.Instance);
        Assert.Equal([null, created, updated, null], replayed.Concat(live).Select(e => e.Previous), StoredObjectComparer.Instance);
    }

    [Fact]
    public async Task Watch_FromZero_ReplaysTheWholeHistory()
    {
        using var timeout = FiveSeconds();
        var first = await Store.CreateAsync(Key("a"), Bytes("v1"), Token);
        var second = await Store.CreateAsync(Key("b"), Bytes("w1"), Token);
        await using var events = Store.WatchAsync(Prefix, 0, timeout.Token).GetAsyncEnumerator(timeout.Token);

        var replayed = await TakeAsync(events, 2);

        Assert.Equal([first, second], replayed.Select(e => e.Current), StoredObjectComparer.Instance);
    }

    [Fact]
    public async Task Watch_UpdateEvent_CarriesPreviousValue()
    {
        using var timeout = FiveSeconds();
        var created = await Store.CreateAsync(Key("a"), Bytes("v1"), Token);
        await using var events = Store.WatchAsync(Prefix, created.ModRevision, timeout.Token).GetAsyncEnumerator(timeout.Token);

        var updated = await Store.UpdateAsync(Key("a"), Bytes("v2"), created.ModRevision, Token);
        var update = Assert.Single(await TakeAsync(events, 1));

        Assert.Equal(StoreEventType.Updated, update.Type);
        Assert.Equal(updated.ModRevision, update.Revision);
        Assert.Equal(updated, update.Current, StoredObjectComparer.Instance);
        Assert.Equal(created, update.Previous, StoredObjectComparer.Instance);
    }

    [Fact]
    public async Task Watch_DeleteEvent_CarriesLastValueAtDeleteRevisionAndPrevious()
    {
        using var timeout = FiveSeconds();
        var created = await Store.CreateAsync(Key("a"), Bytes("v1"), Token);
        await using var events = Store.WatchAsync(Prefix, created.ModRevision, timeout.Token).GetAsyncEnumerator(timeout.Token);

        var deleted = await Store.DeleteAsync(Key("a"), created.ModRevision, Token);
        var delete = Assert.Single(await TakeAsync(events, 1));

        Assert.Equal(StoreEventType.Deleted, delete.Type);
        Assert.Equal(deleted, delete.Current, StoredObjectComparer.Instance);
        Assert.Equal("v1", Text(delete.Current));
        Assert.Equal(created, delete.Previous, StoredObjectComparer.Instance);
    }

    [Fact]
    public async Task Watch_FromRevision_StartsAfterThatRevision()
    {
        using var timeout = FiveSeconds();
        var first = await Store.CreateAsync(Key("a"), Bytes("v1"), Token);
        var second = await Store.CreateAsync(Key("b"), Bytes("v1"), Token);
        await using var events = Store.WatchAsync(Prefix, first.ModRevision, timeout.Token).GetAsyncEnumerator(timeout.Token);

        var next = Assert.Single(await TakeAsync(events, 1));

        Assert.Equal(second, next.Current, StoredObjectComparer.Instance);
    }

    [Fact]
    public async Task Watch_WithPrefix_SkipsKeysOutsideIt()
    {
        using var timeout = FiveSeconds();
        var start = await WatchStartAsync();
        await Store.CreateAsync(Key("ab/1"), Bytes("x"), Token);
        await Store.CreateAsync(Key("b/1"), Bytes("x"), Token);
        var wanted = await Store.CreateAsync(Key("a/1"), Bytes("y"), Token);
        await using var events = Store.WatchAsync(Key("a/"), start, timeout.Token).GetAsyncEnumerator(timeout.Token);

        var replayed = Assert.Single(await TakeAsync(events, 1));
        await Store.CreateAsync(Key("ab/2"), Bytes("x"), Token);
        var live = await Store.CreateAsync(Key("a/2"), Bytes("y"), Token);
        var next = Assert.Single(await TakeAsync(events, 1));

        Assert.Equal(wanted, replayed.Current, StoredObjectComparer.Instance);
        Assert.Equal(live, next.Current, StoredObjectComparer.Instance);
    }

    [Fact]
    public async Task Watch_DuringConcurrentWrites_DeliversEveryRevisionOnceInOrder()
    {
        using var timeout = FiveSeconds();
        var start = await WatchStartAsync();
        await Task.WhenAll(Enumerable.Range(0, 20)
            .Select(i => Store.CreateAsync(Key($"early{i:D2}"), Bytes("v"), Token).AsTask()));
        await using var events = Store.WatchAsync(Prefix, start, timeout.Token).GetAsyncEnumerator(timeout.Token);
        var first = await TakeAsync(events, 1);

        var late = Task.WhenAll(Enumerable.Range(0, 40)
            .Select(i => Store.CreateAsync(Key($"late{i:D2}"), Bytes("v"), Token).AsTask()));
        var rest = await TakeAsync(events, 59);
        await late;

        Assert.Equal(Enumerable.Range(1, 60).Select(i => start + i), first.Concat(rest).Select(e => e.Revision));
        Assert.Equal(60, first.Concat(rest).Select(e => e.Current.Key).Distinct().Count());
    }

    [Fact]
    public async Task Watch_BelowCompactedRevision_ThrowsCompacted()
    {
        using var timeout = FiveSeconds();
        var start = await WatchStartAsync();
        var created = await Store.CreateAsync(Key("a"), Bytes("v1"), Token);
        await Store.UpdateAsync(Key("a"), Bytes("v2"), created.ModRevision, Token);
        var compactTo = Store.CurrentRevision;
        await Store.CompactAsync(compactTo, Token);
        await using var events = Store.WatchAsync(Prefix, start, timeout.Token).GetAsyncEnumerator(timeout.Token);

        var error = await Assert.ThrowsAsync<StoreRevisionCompactedException>(async () => await events.MoveNextAsync());

        Assert.Equal(compactTo, error.Compacted);
    }

    [Fact]
    public async Task Watch_FromCompactedRevision_StreamsLaterChanges()
    {
        using var timeout = FiveSeconds();
        var created = await Store.CreateAsync(Key("a"), Bytes("v1"), Token);
        var compactTo = Store.CurrentRevision;
        var updated = await Store.UpdateAsync(Key("a"), Bytes("v2"), created.ModRevision, Token);
        await Store.CompactAsync(compactTo, Token);
        await using var events = Store.WatchAsync(Prefix, compactTo, timeout.Token).GetAsyncEnumerator(timeout.Token);

        var next = Assert.Single(await TakeAsync(events, 1));

        Assert.Equal(updated, next.Current, StoredObjectComparer.Instance);
        Assert.Equal(created, next.Previous, StoredObjectComparer.Instance);
    }

    /// <summary>The current revision as a watch start: the watch then sees only later changes.</summary>
    protected Task<long> WatchStartAsync() => Task.FromResult(Store.CurrentRevision);

    /// <summary>Reads the next <paramref name="count"/> events; the enumerator's token bounds the wait.</summary>
    protected static async Task<List<StoreEvent>> TakeAsync(IAsyncEnumerator<StoreEvent> events, int count)
    {
        var taken = new List<StoreEvent>(count);
        while (taken.Count < count)
        {
            Assert.True(await events.MoveNextAsync(), $"The watch ended after {taken.Count} of {count} events.");
            taken.Add(events.Current);
        }

        return taken;
    }
}
