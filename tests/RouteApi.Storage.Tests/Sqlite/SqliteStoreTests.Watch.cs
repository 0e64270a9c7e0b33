namespace RouteApi.Storage.Sqlite.Tests;

public sealed partial class SqliteStoreTests
{
    [Fact]
    public async Task Watch_SlowConsumer_EndsWithOverflowAtLastQueuedRevision()
    {
        using var timeout = FiveSeconds();
        await using var store = OpenWith(options => options.WatchBufferSize = 4);
        var start = store.CurrentRevision;
        await using var events = store.WatchAsync("/", start, timeout.Token).GetAsyncEnumerator(timeout.Token);
        var first = events.MoveNextAsync();
        for (var i = 0; i < 10; i++)
        {
            await store.CreateAsync($"/k{i}", Bytes("v"), Token);
        }

        Assert.True(await first);
        var received = new List<StoreEvent> { events.Current };
        var error = await Assert.ThrowsAsync<StoreWatchOverflowException>(async () =>
        {
            while (await events.MoveNextAsync())
            {
                received.Add(events.Current);
            }
        });

        Assert.InRange(received.Count, 4, 5);
        Assert.Equal(Enumerable.Range(1, received.Count).Select(i => start + i), received.Select(e => e.Revision));
        Assert.Equal(received[^1].Revision, error.LastRevision);
    }

    [Fact]
    public async Task Dispose_WithOpenWatch_CompletesTheStream()
    {
        using var timeout = FiveSeconds();
        await using var events = Store.WatchAsync(Prefix, 0, timeout.Token).GetAsyncEnumerator(timeout.Token);
        var next = events.MoveNextAsync();

        await Store.DisposeAsync();

        Assert.False(await next);
    }
}
