namespace RouteApi.Storage.Tests;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task List_ByPrefix_ReturnsKeysInOrderWithoutSiblingPrefix()
    {
        await Store.CreateAsync(Key("a/2"), Bytes("a2"), Token);
        await Store.CreateAsync(Key("a/1"), Bytes("a1"), Token);
        await Store.CreateAsync(Key("ab/1"), Bytes("ab1"), Token);
        await Store.CreateAsync(Key("b"), Bytes("b"), Token);

        var list = await Store.ListAsync(new ListRequest(Key("a/")), Token);

        Assert.Equal([Key("a/1"), Key("a/2")], list.Items.Select(i => i.Key));
        Assert.Equal(["a1", "a2"], list.Items.Select(Text));
        Assert.Equal(Store.CurrentRevision, list.Revision);
        Assert.Equal(0, list.Remaining);
    }

    [Fact]
    public async Task List_AfterUpdatesAndDeletes_ReturnsLatestLiveValues()
    {
        var a = await Store.CreateAsync(Key("a"), Bytes("a1"), Token);
        var b = await Store.CreateAsync(Key("b"), Bytes("b1"), Token);
        var updated = await Store.UpdateAsync(Key("a"), Bytes("a2"), a.ModRevision, Token);
        await Store.DeleteAsync(Key("b"), b.ModRevision, Token);

        var list = await Store.ListAsync(new ListRequest(Prefix), Token);

        var item = Assert.Single(list.Items);
        Assert.Equal(updated, item, StoredObjectComparer.Instance);
    }

    [Fact]
    public async Task List_AtOlderRevision_ReturnsSnapshotOfThatRevision()
    {
        var a = await Store.CreateAsync(Key("a"), Bytes("a1"), Token);
        var b = await Store.CreateAsync(Key("b"), Bytes("b1"), Token);
        var snapshot = Store.CurrentRevision;
        await Store.UpdateAsync(Key("a"), Bytes("a2"), a.ModRevision, Token);
        await Store.DeleteAsync(Key("b"), b.ModRevision, Token);
        await Store.CreateAsync(Key("c"), Bytes("c1"), Token);

        var list = await Store.ListAsync(new ListRequest(Prefix, Revision: snapshot), Token);

        Assert.Equal(snapshot, list.Revision);
        Assert.Equal([a, b], list.Items, StoredObjectComparer.Instance);
    }

    [Fact]
    public async Task List_WithLimitAndStartKey_PagesAtFirstPageRevisionWithRemaining()
    {
        for (var i = 1; i <= 5; i++)
        {
            await Store.CreateAsync(Key($"k{i}"), Bytes($"v{i}"), Token);
        }

        var first = await Store.ListAsync(new ListRequest(Prefix, Limit: 2), Token);
        await Store.CreateAsync(Key("k6"), Bytes("v6"), Token);
        var second = await Store.ListAsync(new ListRequest(Prefix, first.Revision, 2, first.Items[^1].Key + "\0"), Token);
        var third = await Store.ListAsync(new ListRequest(Prefix, first.Revision, 2, second.Items[^1].Key + "\0"), Token);

        Assert.Equal([Key("k1"), Key("k2")], first.Items.Select(i => i.Key));
        Assert.Equal(3, first.Remaining);
        Assert.True(first.HasMore);
        Assert.Equal([Key("k3"), Key("k4")], second.Items.Select(i => i.Key));
        Assert.Equal(1, second.Remaining);
        Assert.Equal([Key("k5")], third.Items.Select(i => i.Key));
        Assert.Equal(0, third.Remaining);
        Assert.False(third.HasMore);
    }

    [Fact]
    public async Task List_WithStartKey_IncludesStartKey()
    {
        await Store.CreateAsync(Key("a"), Bytes("a"), Token);
        await Store.CreateAsync(Key("b"), Bytes("b"), Token);
        await Store.CreateAsync(Key("c"), Bytes("c"), Token);

        var list = await Store.ListAsync(new ListRequest(Prefix, StartKey: Key("b")), Token);

        Assert.Equal([Key("b"), Key("c")], list.Items.Select(i => i.Key));
    }

    [Fact]
    public async Task List_RemainingAtOlderRevision_CountsOnlyKeysLiveThen()
    {
        var created = new List<StoredObject>();
        for (var i = 1; i <= 4; i++)
        {
            created.Add(await Store.CreateAsync(Key($"k{i}"), Bytes($"v{i}"), Token));
        }

        var snapshot = Store.CurrentRevision;
        await Store.DeleteAsync(Key("k3"), created[2].ModRevision, Token);
        await Store.CreateAsync(Key("k5"), Bytes("v5"), Token);

        var then = await Store.ListAsync(new ListRequest(Prefix, snapshot, 1), Token);
        var now = await Store.ListAsync(new ListRequest(Prefix, 0, 1), Token);

        Assert.Equal(3, then.Remaining);
        Assert.Equal(3, now.Remaining);
        Assert.Equal(Key("k1"), Assert.Single(now.Items).Key);
    }

    [Fact]
    public async Task List_BelowCompactedRevision_ThrowsCompacted()
    {
        var created = await Store.CreateAsync(Key("a"), Bytes("v1"), Token);
        await Store.UpdateAsync(Key("a"), Bytes("v2"), created.ModRevision, Token);
        var compactTo = Store.CurrentRevision;
        await Store.CompactAsync(compactTo, Token);

        var error = await Assert.ThrowsAsync<StoreRevisionCompactedException>(async () =>
            await Store.ListAsync(new ListRequest(Prefix, Revision: created.ModRevision), Token));

        Assert.Equal(created.ModRevision, error.Requested);
        Assert.Equal(compactTo, error.Compacted);
    }

    [Fact]
    public async Task List_FutureRevision_ThrowsFutureRevision()
    {
        await Store.CreateAsync(Key("a"), Bytes("v1"), Token);
        var future = Store.CurrentRevision + 10;

        var error = await Assert.ThrowsAsync<StoreFutureRevisionException>(async () =>
            await Store.ListAsync(new ListRequest(Prefix, Revision: future), Token));

        Assert.Equal(future, error.Requested);
        Assert.Equal(Store.CurrentRevision, error.Current);
    }

    [Fact]
    public async Task List_NoMatchingKeys_ReturnsEmptyAtCurrentRevision()
    {
        await Store.CreateAsync(Key("a"), Bytes("v1"), Token);

        var list = await Store.ListAsync(new ListRequest(Key("none/")), Token);

        Assert.Empty(list.Items);
        Assert.Equal(Store.CurrentRevision, list.Revision);
    }
}
