using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using RouteApi.Storage.Sqlite;
using RouteApi.Testing;

namespace RouteApi.Storage.Caching.Tests;

/// <summary>The watch cache over a real SQLite store, with string values.</summary>
public sealed class WatchCacheTests : IAsyncLifetime
{
    private const string Prefix = "/registry/things/";
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "routeapi-cache-tests", Guid.NewGuid().ToString("N"));
    private IStore _store = null!;
    private WatchCache<string>? _cache;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _store = await SqliteStore.OpenAsync(_directory, null, Token);

    public async ValueTask DisposeAsync()
    {
        if (_cache is not null)
        {
            await _cache.DisposeAsync();
        }

        await _store.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Start_WithStoredObjects_ListsThemIntoTheSnapshot()
    {
        await CreateAsync("ns1/a", "1");
        await CreateAsync("ns2/b", "2");

        var cache = await StartCacheAsync();

        Assert.Equal(["1", "2"], cache.Snapshot.List(Prefix).Select(o => o.Value));
        Assert.Equal(_store.CurrentRevision, cache.Revision);
    }

    [Fact]
    public async Task Start_WithMorePagesThanOne_ListsEveryObjectAtTheFirstPagesRevision()
    {
        for (var i = 0; i < 7; i++)
        {
            await CreateAsync($"ns{i % 3}/o{i}", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var cache = await StartCacheAsync(options => options.RelistPageSize = 2);

        Assert.Equal(["0", "3", "6", "1", "4", "2", "5"], cache.Snapshot.List(Prefix).Select(o => o.Value));
        Assert.Equal(_store.CurrentRevision, cache.Revision);
    }

    [Fact]
    public async Task Changes_AfterStart_ReachTheSnapshotInRevisionOrder()
    {
        var cache = await StartCacheAsync();
        var a = await CreateAsync("ns1/a", "1");
        var b = await CreateAsync("ns1/b", "2");
        var a2 = await _store.UpdateAsync(Prefix + "ns1/a", Bytes("1b"), a.ModRevision, Token);
        await _store.DeleteAsync(Prefix + "ns1/b", b.ModRevision, Token);

        var snapshot = await cache.WaitForRevisionAsync(_store.CurrentRevision, Token);

        var only = Assert.Single(snapshot.List(Prefix + "ns1/"));
        Assert.Equal(("1b", a2.ModRevision), (only.Value, only.ModRevision));
    }

    [Fact]
    public async Task List_OfOneDirectory_ReadsOnlyItsKeysInOrder()
    {
        await CreateAsync("a-b/x", "ab");
        await CreateAsync("a/y", "ay");
        await CreateAsync("a/x", "ax");

        var cache = await StartCacheAsync();

        Assert.Equal(["ax", "ay"], cache.Snapshot.List(Prefix + "a/").Select(o => o.Value));
        Assert.Equal(["ab", "ax", "ay"], cache.Snapshot.List(Prefix).Select(o => o.Value));
        Assert.Equal("ay", cache.Snapshot.Get(Prefix + "a/y")?.Value);
    }

    [Fact]
    public async Task WaitForRevision_OfAWriteOutsideTheCachedKeys_Completes()
    {
        var cache = await StartCacheAsync();
        await _store.CreateAsync("/registry/other-key", Bytes("x"), Token);

        var snapshot = await cache.WaitForRevisionAsync(_store.CurrentRevision, Token);

        Assert.Equal(0, snapshot.Count);
        Assert.Equal(_store.CurrentRevision, snapshot.Revision);
    }

    [Fact]
    public async Task WaitForRevision_AheadOfTheStore_ThrowsFutureRevision()
    {
        var cache = await StartCacheAsync(o => o.RevisionWaitLimit = TimeSpan.FromMilliseconds(50));

        var error = await Assert.ThrowsAsync<StoreFutureRevisionException>(() => cache.WaitForRevisionAsync(_store.CurrentRevision + 10, Token));

        Assert.Equal(_store.CurrentRevision + 10, error.Requested);
    }

    [Fact]
    public async Task Watch_FromZeroWithInitialEvents_SendsCurrentObjectsThenLiveChanges()
    {
        await CreateAsync("ns/a", "1");
        var cache = await StartCacheAsync();
        await using var watcher = cache.Watch(new WatchRequest(Prefix, 0, SendInitialEvents: true, MarkInitialEventsEnd: true, AllowBookmarks: false));
        await using var items = watcher.ReadAllAsync(Token).GetAsyncEnumerator(Token);

        await CreateAsync("ns/b", "2");
        var taken = await TakeAsync(items, 3);

        Assert.Equal([WatchItemKind.Initial, WatchItemKind.InitialEventsEnd, WatchItemKind.Event], taken.Select(i => i.Kind));
        Assert.Equal("1", taken[0].Initial!.Value);
        Assert.Equal("2", taken[2].Event!.Current);
    }

    [Fact]
    public async Task TryRead_TakesOnlyWhatIsReady_BacklogThenLiveItems()
    {
        await CreateAsync("ns/a", "1");
        var cache = await StartCacheAsync();
        await using var watcher = cache.Watch(new WatchRequest(Prefix, 0, SendInitialEvents: true, MarkInitialEventsEnd: false, AllowBookmarks: false));

        Assert.True(watcher.TryRead(out var initial));
        Assert.Equal("1", initial.Initial!.Value);
        Assert.False(watcher.TryRead(out _));
        var waiting = watcher.WaitToReadAsync(Token).AsTask();
        Assert.False(waiting.IsCompleted);

        await CreateAsync("ns/b", "2");
        await CreateAsync("ns/c", "3");
        Assert.True(await waiting.WaitAsync(TimeSpan.FromSeconds(5), Token));
        await cache.WaitForRevisionAsync(_store.CurrentRevision, Token);
        Assert.True(watcher.TryRead(out var first));
        Assert.True(watcher.TryRead(out var second));
        Assert.False(watcher.TryRead(out _));
        Assert.Equal(["2", "3"], new[] { first, second }.Select(i => i.Event!.Current));
    }

    [Fact]
    public async Task Watch_FromRevision_ReplaysLaterHistoryThenLiveChanges()
    {
        var cache = await StartCacheAsync();
        var first = await CreateAsync("ns/a", "1");
        await CreateAsync("ns/b", "2");
        await cache.WaitForRevisionAsync(_store.CurrentRevision, Token);
        await using var watcher = cache.Watch(new WatchRequest(Prefix, first.ModRevision, false, false, false));
        await using var items = watcher.ReadAllAsync(Token).GetAsyncEnumerator(Token);

        await _store.UpdateAsync(Prefix + "ns/a", Bytes("1b"), first.ModRevision, Token);
        var taken = await TakeAsync(items, 2);

        Assert.Equal(["2", "1b"], taken.Select(i => i.Event!.Current));
        Assert.Equal("1", taken[1].Event!.Previous);
    }

    [Fact]
    public async Task Watch_UpdateOfACachedObject_CarriesTheCachedStateAsPrevious()
    {
        var created = await CreateAsync("ns/a", "1");
        var cache = await StartCacheAsync();
        var cached = cache.Snapshot.Get(Prefix + "ns/a")!.Value;
        await using var watcher = cache.Watch(new WatchRequest(Prefix, created.ModRevision, false, false, false));
        await using var items = watcher.ReadAllAsync(Token).GetAsyncEnumerator(Token);

        await _store.UpdateAsync(Prefix + "ns/a", Bytes("1b"), created.ModRevision, Token);
        var taken = await TakeAsync(items, 1);

        // The test's decoder makes a new string each time: the same instance means it was not decoded again.
        Assert.Same(cached, taken[0].Event!.Previous);
    }

    [Fact]
    public async Task Watch_OlderThanHistory_ThrowsTooOld()
    {
        var cache = await StartCacheAsync(o => o.EventHistorySize = 2);
        var first = await CreateAsync("ns/a", "1");
        await CreateAsync("ns/b", "2");
        await CreateAsync("ns/c", "3");
        await CreateAsync("ns/d", "4");
        await cache.WaitForRevisionAsync(_store.CurrentRevision, Token);

        var error = Assert.Throws<ResourceVersionTooOldException>(() => cache.Watch(new WatchRequest(Prefix, first.ModRevision, false, false, false)));

        Assert.Equal(first.ModRevision + 1, error.Oldest);
    }

    [Fact]
    public async Task Watch_WithPrefix_OnlyReceivesKeysUnderIt()
    {
        var cache = await StartCacheAsync();
        await using var watcher = cache.Watch(new WatchRequest(Prefix + "ns2/", 0, false, false, false));
        await using var items = watcher.ReadAllAsync(Token).GetAsyncEnumerator(Token);

        await CreateAsync("ns1/a", "1");
        await CreateAsync("ns2/a", "2");
        var taken = await TakeAsync(items, 1);

        Assert.Equal("2", taken[0].Event!.Current);
    }

    [Fact]
    public async Task Dispatch_ToAWatcherThatNeverReads_ClosesItAndKeepsServingOthers()
    {
        var cache = await StartCacheAsync(o =>
        {
            o.WatcherBufferSize = 1;
            o.SlowWatcherBudget = TimeSpan.FromMilliseconds(10);
        });
        var slow = cache.Watch(new WatchRequest(Prefix, 0, false, false, false));
        await using var fast = cache.Watch(new WatchRequest(Prefix, 0, false, false, false));
        await using var items = fast.ReadAllAsync(Token).GetAsyncEnumerator(Token);

        for (var i = 0; i < 5; i++)
        {
            await CreateAsync($"ns/{i}", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await TakeAsync(items, 1);
        }

        Assert.True(slow.Closed);
        Assert.Equal(1, cache.WatcherCount);
        await slow.DisposeAsync();
    }

    [Fact]
    public async Task RequestBookmark_WhenAllowed_SendsTheCurrentRevision()
    {
        var cache = await StartCacheAsync();
        await CreateAsync("ns/a", "1");
        await cache.WaitForRevisionAsync(_store.CurrentRevision, Token);
        await using var watcher = cache.Watch(new WatchRequest(Prefix, 0, false, false, AllowBookmarks: true));
        await using var items = watcher.ReadAllAsync(Token).GetAsyncEnumerator(Token);

        watcher.RequestBookmark();
        var bookmark = Assert.Single(await TakeAsync(items, 1));

        Assert.Equal((WatchItemKind.Bookmark, _store.CurrentRevision), (bookmark.Kind, bookmark.Revision));
    }

    [Fact]
    public async Task ManyWatchers_EachReceiveEveryEventInOrder()
    {
        var cache = await StartCacheAsync();
        var watchers = Enumerable.Range(0, 200).Select(_ => cache.Watch(new WatchRequest(Prefix, 0, false, false, false))).ToList();
        var readers = watchers.Select(w => Task.Run(async () =>
        {
            var seen = new List<long>();
            await foreach (var item in w.ReadAllAsync(Token))
            {
                seen.Add(item.Revision);
                if (seen.Count == 100)
                {
                    break;
                }
            }

            return seen;
        })).ToList();

        var stored = await CreateAsync("ns/a", "0");
        var expected = new List<long> { stored.ModRevision };
        for (var i = 1; i < 100; i++)
        {
            stored = await _store.UpdateAsync(Prefix + "ns/a", Bytes(i.ToString(System.Globalization.CultureInfo.InvariantCulture)), stored.ModRevision, Token);
            expected.Add(stored.ModRevision);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var results = await Task.WhenAll(readers).WaitAsync(timeout.Token);
        Assert.All(results, seen => Assert.Equal(expected, seen));
        foreach (var watcher in watchers)
        {
            await watcher.DisposeAsync();
        }
    }

    [Fact]
    public async Task Dispose_ClosesOpenWatchers()
    {
        var cache = await StartCacheAsync();
        var watcher = cache.Watch(new WatchRequest(Prefix, 0, false, false, false));

        await cache.DisposeAsync();
        _cache = null;

        Assert.True(watcher.Closed);
        Assert.Empty(await watcher.ReadAllAsync(Token).ToListAsync(Token));
    }

    [Fact]
    public async Task IsWatching_OnceReady_IsTrue()
    {
        var cache = await StartCacheAsync();

        Assert.True(cache.IsWatching);
    }

    [Fact]
    public async Task IsWatching_AfterDispose_IsFalse()
    {
        var cache = await StartCacheAsync();

        await cache.DisposeAsync();
        _cache = null;

        Assert.False(cache.IsWatching);
    }

    [Fact]
    public void IsWatching_BeforeStart_IsFalse()
    {
        var cache = new WatchCache<string>(_store, new WatchCacheScope(Prefix, "/registry/"), s => Encoding.UTF8.GetString(s.Value.Span), new WatchCacheOptions(), TimeProvider.System, NullLogger.Instance);

        Assert.False(cache.IsWatching);
    }

    [Fact]
    public async Task Dispose_StoreWatchFailsOtherThanCancelled_StillClosesTheCache()
    {
        var cache = new WatchCache<string>(new CancellationFailingStore(_store), new WatchCacheScope(Prefix, "/registry/"), s => Encoding.UTF8.GetString(s.Value.Span), new WatchCacheOptions(), TimeProvider.System, NullLogger.Instance);
        cache.Start();
        await cache.Ready.WaitAsync(Token);
        var watcher = cache.Watch(new WatchRequest(Prefix, 0, false, false, false));

        await cache.DisposeAsync();

        Assert.Equal((true, false), (watcher.Closed, cache.IsWatching));
    }

    [Fact]
    public async Task Dispose_Twice_DoesNothingTheSecondTime()
    {
        var cache = await StartCacheAsync();

        await cache.DisposeAsync();
        await cache.DisposeAsync();
        _cache = null;

        Assert.Equal(0, cache.WatcherCount);
    }

    private async Task<WatchCache<string>> StartCacheAsync(Action<WatchCacheOptions>? configure = null)
    {
        var options = new WatchCacheOptions();
        configure?.Invoke(options);
        _cache = new WatchCache<string>(_store, new WatchCacheScope(Prefix, "/registry/"), s => Encoding.UTF8.GetString(s.Value.Span), options, TimeProvider.System, NullLogger.Instance);
        _cache.Start();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _cache.Ready.WaitAsync(timeout.Token);
        return _cache;
    }

    private ValueTask<StoredObject> CreateAsync(string name, string value) => _store.CreateAsync(Prefix + name, Bytes(value), Token);

    private static byte[] Bytes(string value) => Encoding.UTF8.GetBytes(value);

    private static async Task<List<WatchItem<string>>> TakeAsync(IAsyncEnumerator<WatchItem<string>> items, int count)
    {
        var taken = new List<WatchItem<string>>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        while (taken.Count < count)
        {
            Assert.True(await items.MoveNextAsync().AsTask().WaitAsync(timeout.Token), $"The watch ended after {taken.Count} of {count} items.");
            taken.Add(items.Current);
        }

        return taken;
    }

    /// <summary>A store whose watch reports being stopped as an error of its own, as a gRPC call disposed under it would.</summary>
    private sealed class CancellationFailingStore(IStore inner) : ForwardingStore(inner, ownsInner: false)
    {
        public override async IAsyncEnumerable<StoreEvent> WatchAsync(string prefix, long fromRevision, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                throw new ObjectDisposedException("watch call");
            }

            yield break;
        }
    }
}
