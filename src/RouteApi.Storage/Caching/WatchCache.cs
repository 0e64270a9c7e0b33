using Microsoft.Extensions.Logging;

namespace RouteApi.Storage.Caching;

/// <summary>
/// kube-apiserver's watch cache for one key prefix: the current state (for GET and LIST), a ring
/// of recent events (for watches that start from a resourceVersion), and a broadcaster that fans
/// each store event out to many watchers through bounded buffers. It is fed by one store watch;
/// when that watch reports compaction the cache relists and closes its watchers, so their clients
/// watch again and, if they are too far behind, get 410 and relist too.
/// </summary>
/// <typeparam name="T">The decoded object type.</typeparam>
public sealed partial class WatchCache<T> : IAsyncDisposable
    where T : class
{
    private readonly IStore _store;
    private readonly string _prefix;
    private readonly string _watchPrefix;
    private readonly Func<StoredObject, T> _decode;
    private readonly WatchCacheOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private readonly EventHistory<T> _history;
    private readonly List<CacheWatcher<T>> _watchers = [];
    private readonly RevisionWaiters _waiters = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stopping = new();
    private CacheSnapshot<T> _snapshot = CacheSnapshot<T>.Empty;
    private Task _loop = Task.CompletedTask;
    private ITimer? _bookmarkTimer;
    private int _disposed;

    // 1 while the loop follows the store watch; written by the loop, read by readiness probes.
    private int _watching;

    /// <summary>
    /// Creates a cache of every key under <see cref="WatchCacheScope.Prefix"/>, following the store
    /// through a watch of <see cref="WatchCacheScope.WatchPrefix"/>; call <see cref="Start"/> to fill it.
    /// </summary>
    public WatchCache(IStore store, WatchCacheScope scope, Func<StoredObject, T> decode, WatchCacheOptions options, TimeProvider timeProvider, ILogger logger)
    {
        _store = store;
        _prefix = scope.Prefix;
        _watchPrefix = scope.WatchPrefix;
        _decode = decode;
        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;
        _history = new EventHistory<T>(options.EventHistorySize);
    }

    /// <summary>The revision the cache reflects.</summary>
    public long Revision => Volatile.Read(ref _snapshot).Revision;

    /// <summary>The current state: an immutable snapshot, safe to enumerate while the cache moves on.</summary>
    public CacheSnapshot<T> Snapshot => Volatile.Read(ref _snapshot);

    /// <summary>Completes when the cache has listed the store once.</summary>
    public Task Ready => _ready.Task;

    /// <summary>How many recent events are held for watches that start from a resourceVersion (at most <see cref="WatchCacheOptions.EventHistorySize"/>).</summary>
    public int HistoryCount
    {
        get
        {
            lock (_gate)
            {
                return _history.Count;
            }
        }
    }

    /// <summary>
    /// True while the cache follows the store through its watch; false before the first list, while
    /// it relists after a compaction or waits to retry a failed watch, and once stopped (when
    /// kube's cacher is not ready either).
    /// </summary>
    public bool IsWatching => Volatile.Read(ref _watching) != 0;

    /// <summary>How many watchers are open.</summary>
    public int WatcherCount
    {
        get
        {
            lock (_gate)
            {
                return _watchers.Count;
            }
        }
    }

    /// <summary>Starts listing and watching the store, and the bookmark timer.</summary>
    public void Start()
    {
        _loop = Task.Run(() => RunAsync(_stopping.Token));
        _bookmarkTimer = _timeProvider.CreateTimer(_ => SendPeriodicBookmarks(), null, _options.BookmarkInterval, _options.BookmarkInterval);
    }

    /// <summary>
    /// Waits until the cache has reached <paramref name="revision"/> (at most
    /// <see cref="WatchCacheOptions.RevisionWaitLimit"/>) and returns the snapshot.
    /// </summary>
    /// <exception cref="StoreFutureRevisionException">The cache did not reach the revision in time (API: 504 Too large resource version).</exception>
    public async Task<CacheSnapshot<T>> WaitForRevisionAsync(long revision, CancellationToken cancellationToken)
    {
        await Ready.WaitAsync(cancellationToken);

        // Usually the cache is there already: answer without arming a timer for the wait.
        var snapshot = Snapshot;
        if (snapshot.Revision >= revision)
        {
            return snapshot;
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(_options.RevisionWaitLimit);
        try
        {
            await _waiters.WaitAsync(revision, () => Revision, limit.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new StoreFutureRevisionException(_prefix, revision, Revision);
        }

        return Snapshot;
    }

    /// <summary>Opens a watcher (see <see cref="WatchRequest"/>); dispose it to stop.</summary>
    /// <exception cref="ResourceVersionTooOldException">The requested revision is older than the cache's history.</exception>
    public CacheWatcher<T> Watch(WatchRequest request)
    {
        lock (_gate)
        {
            // Backlog and registration happen under the lock the dispatcher publishes under, so the
            // backlog ends exactly where the live events begin: no gap, no duplicate.
            var snapshot = _snapshot;
            var (backlog, start) = request.FromRevision == 0
                ? (InitialBacklog(snapshot, request), snapshot.Revision)
                : (HistoryBacklog(request), Math.Max(request.FromRevision, snapshot.Revision));
            var watcher = new CacheWatcher<T>(this, request, backlog, start, _options.WatcherBufferSize);
            _watchers.Add(watcher);
            return watcher;
        }
    }

    /// <summary>Stops the store watch and closes every watcher; later calls do nothing.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stopping.CancelAsync();
        if (_bookmarkTimer is not null)
        {
            await _bookmarkTimer.DisposeAsync();
        }

        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // Expected: the loop was stopped.
        }
        catch (Exception e)
        {
            // Stopping cancels the store watch in the middle of a call, and a store may report that
            // as an error of its own (a disposed call, a broken stream) rather than a cancellation.
            // The cache is closing either way: say so and finish closing, not fail the host's stop.
            Log.StoppedWithError(_logger, _prefix, e);
        }

        Volatile.Write(ref _watching, 0);
        CloseAllWatchers(WatcherCloseReason.Stopped);
        _stopping.Dispose();
    }

    internal void Unsubscribe(CacheWatcher<T> watcher)
    {
        lock (_gate)
        {
            _watchers.Remove(watcher);
        }
    }

    internal void EnqueueBookmark(CacheWatcher<T> watcher)
    {
        lock (_gate)
        {
            TryBookmark(watcher);
        }
    }

    private static List<WatchItem<T>> InitialBacklog(CacheSnapshot<T> snapshot, WatchRequest request)
    {
        var backlog = new List<WatchItem<T>>();
        if (request.SendInitialEvents)
        {
            backlog.AddRange(snapshot.List(request.Prefix).Select(o => new WatchItem<T>(WatchItemKind.Initial, o, null, o.ModRevision)));
        }

        if (request.MarkInitialEventsEnd)
        {
            backlog.Add(new WatchItem<T>(WatchItemKind.InitialEventsEnd, null, null, snapshot.Revision));
        }

        return backlog;
    }

    private List<WatchItem<T>> HistoryBacklog(WatchRequest request)
    {
        if (request.FromRevision < _history.StartRevision)
        {
            throw new ResourceVersionTooOldException(_prefix, request.FromRevision, _history.StartRevision);
        }

        return [.. _history.Since(request.FromRevision)
            .Where(e => e.Key.StartsWith(request.Prefix, StringComparison.Ordinal))
            .Select(e => new WatchItem<T>(WatchItemKind.Event, null, e, e.Revision))];
    }

    private void SendPeriodicBookmarks()
    {
        lock (_gate)
        {
            foreach (var watcher in _watchers)
            {
                TryBookmark(watcher);
            }
        }
    }

    // Under _gate. A blocked watcher still waits for an event; a bookmark now would overtake it.
    private void TryBookmark(CacheWatcher<T> watcher)
    {
        if (watcher.Request.AllowBookmarks && !watcher.Blocked && !watcher.Closed)
        {
            watcher.Writer.TryWrite(new WatchItem<T>(WatchItemKind.Bookmark, null, null, Math.Max(_snapshot.Revision, watcher.StartRevision)));
        }
    }

    private void CloseAllWatchers(WatcherCloseReason reason)
    {
        lock (_gate)
        {
            foreach (var watcher in _watchers)
            {
                watcher.Close(reason);
            }

            _watchers.Clear();
        }
    }
}
