namespace RouteApi.Storage.Tests;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task Compact_AtCurrentRevision_KeepsCurrentValuesAndRevisions()
    {
        var a = await Store.CreateAsync(Key("a"), Bytes("a1"), Token);
        var a2 = await Store.UpdateAsync(Key("a"), Bytes("a2"), a.ModRevision, Token);
        var b = await Store.CreateAsync(Key("b"), Bytes("b1"), Token);
        await Store.DeleteAsync(Key("b"), b.ModRevision, Token);
        var c = await Store.CreateAsync(Key("c"), Bytes("c1"), Token);
        var revision = Store.CurrentRevision;

        await Store.CompactAsync(revision, Token);

        Assert.Equal(revision, Store.CompactedRevision);
        Assert.Equal(revision, Store.CurrentRevision);
        Assert.Equal(a2, await Store.GetAsync(Key("a"), Token), StoredObjectComparer.Instance);
        Assert.Null(await Store.GetAsync(Key("b"), Token));
        var list = await Store.ListAsync(new ListRequest(Prefix), Token);
        Assert.Equal([a2, c], list.Items, StoredObjectComparer.Instance);
    }

    [Fact]
    public async Task Compact_OlderRevision_KeepsLaterHistoryReadable()
    {
        var a = await Store.CreateAsync(Key("a"), Bytes("a1"), Token);
        var a2 = await Store.UpdateAsync(Key("a"), Bytes("a2"), a.ModRevision, Token);
        var a3 = await Store.UpdateAsync(Key("a"), Bytes("a3"), a2.ModRevision, Token);

        await Store.CompactAsync(a2.ModRevision, Token);

        var then = await Store.ListAsync(new ListRequest(Prefix, Revision: a3.ModRevision), Token);
        Assert.Equal([a3], then.Items, StoredObjectComparer.Instance);
        Assert.Equal(a2.ModRevision, Store.CompactedRevision);
    }

    [Fact]
    public async Task Compact_AtOrBelowCompactedRevision_ThrowsCompacted()
    {
        await Store.CreateAsync(Key("a"), Bytes("a1"), Token);
        await Store.CreateAsync(Key("b"), Bytes("b1"), Token);
        var revision = Store.CurrentRevision;
        await Store.CompactAsync(revision, Token);

        var again = await Assert.ThrowsAsync<StoreRevisionCompactedException>(async () => await Store.CompactAsync(revision, Token));
        var older = await Assert.ThrowsAsync<StoreRevisionCompactedException>(async () => await Store.CompactAsync(revision - 1, Token));

        Assert.Equal(revision, again.Compacted);
        Assert.Equal(revision, older.Compacted);
    }

    [Fact]
    public async Task Compact_FutureRevision_ThrowsFutureRevision()
    {
        await Store.CreateAsync(Key("a"), Bytes("a1"), Token);

        var error = await Assert.ThrowsAsync<StoreFutureRevisionException>(async () => await Store.CompactAsync(Store.CurrentRevision + 1, Token));

        Assert.Equal(Store.CurrentRevision, error.Current);
    }

    [Fact]
    public async Task Reopen_AfterWrites_KeepsValuesAndRevisions()
    {
        Assert.SkipUnless(SupportsReopen, "The backend cannot be reopened.");
        var a = await Store.CreateAsync(Key("a"), Bytes("a1"), Token);
        var a2 = await Store.UpdateAsync(Key("a"), Bytes("a2"), a.ModRevision, Token);
        var revision = Store.CurrentRevision;

        await ReopenAsync();

        Assert.Equal(revision, Store.CurrentRevision);
        Assert.Equal(a2, await Store.GetAsync(Key("a"), Token), StoredObjectComparer.Instance);
    }
}
