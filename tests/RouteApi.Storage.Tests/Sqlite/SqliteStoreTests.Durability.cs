using Microsoft.Data.Sqlite;
using RouteApi.Storage.Tests;

namespace RouteApi.Storage.Sqlite.Tests;

public sealed partial class SqliteStoreTests
{
    [Fact]
    public async Task Reopen_AfterCompactionAndTrailingDelete_KeepsRevisionsAndCompaction()
    {
        var a = await Store.CreateAsync(Key("a"), Bytes("a1"), Token);
        var a2 = await Store.UpdateAsync(Key("a"), Bytes("a2"), a.ModRevision, Token);
        var b = await Store.CreateAsync(Key("b"), Bytes("b1"), Token);
        await Store.DeleteAsync(Key("b"), b.ModRevision, Token);
        var revision = Store.CurrentRevision;
        await Store.CompactAsync(revision, Token);

        await ReopenAsync();
        var next = await Store.CreateAsync(Key("c"), Bytes("c1"), Token);

        Assert.Equal(revision, Store.CompactedRevision);
        Assert.Equal(revision + 1, next.ModRevision);
        Assert.Equal(a2, await Store.GetAsync(Key("a"), Token), StoredObjectComparer.Instance);
        Assert.Null(await Store.GetAsync(Key("b"), Token));
    }

    [Fact]
    public async Task Create_200Concurrent_AreGroupCommittedAndDurableAfterReopen()
    {
        var store = (SqliteStore)Store;
        var batchesBefore = store.CommittedBatches;

        var created = await Task.WhenAll(Enumerable.Range(0, 200)
            .Select(i => Store.CreateAsync(Key($"k{i:D3}"), Bytes($"v{i}"), Token).AsTask()));
        var batches = store.CommittedBatches - batchesBefore;
        await ReopenAsync();
        var list = await Store.ListAsync(new ListRequest(Prefix), Token);

        Assert.InRange(batches, 1, 199);
        Assert.Equal(created.OrderBy(c => c.Key, StringComparer.Ordinal), list.Items, StoredObjectComparer.Instance);
    }

    [Fact]
    public async Task IsHealthy_AfterDispose_ReturnsFalse()
    {
        var store = Store;

        await store.DisposeAsync();

        Assert.False(await store.IsHealthyAsync(Token));
    }

    [Fact]
    public async Task Dispose_WithQueuedWrites_CommitsThemDurably()
    {
        var writes = Enumerable.Range(0, 20)
            .Select(i => Store.CreateAsync(Key($"k{i:D2}"), Bytes($"v{i}"), Token).AsTask())
            .ToArray();
        var closing = Store.DisposeAsync();

        var acknowledged = await Task.WhenAll(writes);
        await closing;
        await ReopenAsync();

        foreach (var write in acknowledged)
        {
            Assert.Equal(write, await Store.GetAsync(write.Key, Token), StoredObjectComparer.Instance);
        }
    }

    [Fact]
    public async Task Write_AfterDispose_ThrowsObjectDisposed()
    {
        await Store.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(async () => await Store.CreateAsync(Key("a"), Bytes("v"), Token));
    }

    [Fact]
    public async Task List_EmptyPrefix_ReturnsEveryKey()
    {
        await Store.CreateAsync("/x", Bytes("x"), Token);
        await Store.CreateAsync("\U0010FFFF", Bytes("max"), Token);

        var list = await Store.ListAsync(new ListRequest(string.Empty), Token);

        Assert.Equal(["/x", "\U0010FFFF"], list.Items.Select(i => i.Key));
    }

    [Fact]
    public async Task ListQuery_WithPrefix_WalksTheNameIndexWithoutSorting()
    {
        await Store.CreateAsync(Key("a"), Bytes("a"), Token);
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_directory, SqliteStore.FileName)}");
        await connection.OpenAsync(Token);
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + KineSql.ListPage;
        var range = KeyRange.ForPrefix(Prefix);
        command.Parameters.AddWithValue("$start", range.Prefix);
        command.Parameters.AddWithValue("$end", range.EndParameter);
        command.Parameters.AddWithValue("$rev", Store.CurrentRevision);
        command.Parameters.AddWithValue("$limit", 10);

        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(Token))
        {
            while (await reader.ReadAsync(Token))
            {
                plan.Add(reader.GetString(3));
            }
        }

        Assert.Contains(plan, step => step.StartsWith("SEARCH k USING INDEX kine_name_", StringComparison.Ordinal) && step.EndsWith("(name>? AND name<?)", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Open_DirectoryInUseByAnotherStore_Throws()
    {
        var directory = Path.Combine(_directory, "locked");
        await using var first = await SqliteStore.OpenAsync(directory, null, Token);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => SqliteStore.OpenAsync(directory, null, Token).AsTask());

        Assert.Contains("is in use by another RouteApi server", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_AfterTheFirstStoreClosed_Succeeds()
    {
        var directory = Path.Combine(_directory, "relocked");
        await (await SqliteStore.OpenAsync(directory, null, Token)).DisposeAsync();

        await using var second = await SqliteStore.OpenAsync(directory, null, Token);

        Assert.Equal(0, second.CurrentRevision);
    }
}
