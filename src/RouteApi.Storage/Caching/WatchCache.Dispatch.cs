using Microsoft.Extensions.Logging;

namespace RouteApi.Storage.Caching;

public sealed partial class WatchCache<T>
{
    private async Task RunAsync(CancellationToken cancellationToken)
    {
        var revision = -1L;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                if (revision < 0)
                {
                    revision = await RelistAsync(cancellationToken);
                }

                Volatile.Write(ref _watching, 1);
                await foreach (var change in _store.WatchAsync(_watchPrefix, revision, cancellationToken))
                {
                    await DispatchAsync(change, cancellationToken);
                    revision = change.Revision;
                }

                // The store ended the stream without an error: it is shutting down.
                Volatile.Write(ref _watching, 0);
                return;
            }
            catch (StoreWatchOverflowException)
            {
                // The cache fell behind the store's buffer; resuming from the last revision applied loses nothing.
                Log.WatchResumed(_logger, _prefix, revision);
            }
            catch (StoreRevisionCompactedException)
            {
                Volatile.Write(ref _watching, 0);
                Log.Relisting(_logger, _prefix, revision);
                revision = -1;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is not OperationCanceledException)
            {
                Volatile.Write(ref _watching, 0);
                Log.WatchFailed(_logger, _prefix, revision, e);
                await Task.Delay(TimeSpan.FromSeconds(1), _timeProvider, cancellationToken);
            }
        }
    }

    private async Task<long> RelistAsync(CancellationToken cancellationToken)
    {
        // Pages (10,000 objects by default, as kube's cacher), every one at the first page's
        // revision: one consistent state, with only two pages of raw values alive at a time.
        var objects = new List<CachedObject<T>>();
        var page = await _store.ListAsync(new ListRequest(_prefix, 0, _options.RelistPageSize, null), cancellationToken);
        var revision = page.Revision;
        while (true)
        {
            // The next page is read while this one is decoded: reading is one thread's work, and
            // decoding alone would leave the other cores idle meanwhile (a cold start with many routes).
            var next = page.HasMore ? ReadPageAsync(revision, page.Items[^1].Key + "\0", cancellationToken) : null;

            try
            {
                objects.AddRange(Decode(page.Items, cancellationToken));
            }
            catch when (next is not null)
            {
                // The read-ahead must not outlive the relist: the store may be closed right after it.
                await Task.WhenAny(next);
                _ = next.Exception;
                throw;
            }

            if (next is null)
            {
                break;
            }

            page = await next;
        }

        var snapshot = CacheSnapshot<T>.Create(objects, revision);

        lock (_gate)
        {
            _snapshot = snapshot;
            _history.Reset(revision);
        }

        // Watchers may have missed events between the old state and this list: close them so their
        // clients watch again from a revision the cache can vouch for.
        CloseAllWatchers(WatcherCloseReason.Resynced);
        _waiters.Release(revision);

        // Watching from here on (the loop opens the store watch next); set before Ready completes so
        // a reader that saw Ready never sees a cache that is not watching yet.
        Volatile.Write(ref _watching, 1);
        _ready.TrySetResult();
        Log.Listed(_logger, _prefix, objects.Count, revision);
        return revision;
    }

    // Decoding is most of a relist: use every core for it.
    private CachedObject<T>[] Decode(IReadOnlyList<StoredObject> items, CancellationToken cancellationToken)
    {
        var decoded = new CachedObject<T>[items.Count];
        Parallel.For(0, decoded.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var stored = items[i];
            decoded[i] = new CachedObject<T>(stored.Key, _decode(stored), stored.ModRevision);
        });
        return decoded;
    }

    private Task<ListResult> ReadPageAsync(long revision, string start, CancellationToken cancellationToken) =>
        Task.Run(() => _store.ListAsync(new ListRequest(_prefix, revision, _options.RelistPageSize, start), cancellationToken).AsTask(), cancellationToken);

    private async Task DispatchAsync(StoreEvent change, CancellationToken cancellationToken)
    {
        if (!change.Current.Key.StartsWith(_prefix, StringComparison.Ordinal))
        {
            // A write outside the cached keys still moves the store's revision: following it keeps
            // "wait until the cache has reached the store's revision" from waiting forever.
            lock (_gate)
            {
                _snapshot = _snapshot.AtRevision(change.Revision);
            }

            _waiters.Release(change.Revision);
            return;
        }

        var current = _decode(change.Current);
        var previous = change.Previous is null ? null : CachedState(change.Previous) ?? _decode(change.Previous);
        var cacheEvent = new CacheEvent<T>(change.Type, change.Current.Key, current, previous, change.Revision);
        List<CacheWatcher<T>>? blocked = null;
        lock (_gate)
        {
            _snapshot = change.Type == StoreEventType.Deleted
                ? _snapshot.Without(change.Current.Key, change.Revision)
                : _snapshot.With(new CachedObject<T>(change.Current.Key, current, change.Revision), change.Revision);
            _history.Add(cacheEvent);
            var item = new WatchItem<T>(WatchItemKind.Event, null, cacheEvent, change.Revision);
            foreach (var watcher in _watchers)
            {
                if (change.Revision > watcher.StartRevision
                    && cacheEvent.Key.StartsWith(watcher.Request.Prefix, StringComparison.Ordinal)
                    && !watcher.Writer.TryWrite(item))
                {
                    watcher.Blocked = true;
                    (blocked ??= []).Add(watcher);
                }
            }
        }

        _waiters.Release(change.Revision);
        if (blocked is not null)
        {
            await DeliverToSlowWatchersAsync(blocked, new WatchItem<T>(WatchItemKind.Event, null, cacheEvent, change.Revision), cancellationToken);
        }
    }

    // The state before an update or delete is normally the cached object at that very revision
    // (the cache follows the store in order): taking it saves decoding the same bytes again.
    private T? CachedState(StoredObject stored) =>
        _snapshot.Get(stored.Key) is { } cached && cached.ModRevision == stored.ModRevision ? cached.Value : null;

    /// <summary>
    /// Gives watchers with full buffers one shared time budget to make room (kube's cacher does the
    /// same); those still full afterwards are closed, so one slow client never holds up the rest
    /// or grows memory. The next event waits for this one, which keeps every watcher in order.
    /// </summary>
    private async Task DeliverToSlowWatchersAsync(List<CacheWatcher<T>> blocked, WatchItem<T> item, CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(_options.SlowWatcherBudget);
        await Task.WhenAll(blocked.Select(async watcher =>
        {
            var delivered = false;
            try
            {
                while (!delivered && await watcher.Writer.WaitToWriteAsync(budget.Token))
                {
                    delivered = watcher.Writer.TryWrite(item);
                }
            }
            catch (OperationCanceledException)
            {
                // Budget spent: handled below.
            }

            lock (_gate)
            {
                watcher.Blocked = false;
                if (!delivered && !watcher.Closed)
                {
                    _watchers.Remove(watcher);
                    watcher.Close(WatcherCloseReason.TooSlow);
                    Log.SlowWatcherClosed(_logger, _prefix, item.Revision);
                }
            }
        }));
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1000, EventName = nameof(Listed), Level = LogLevel.Information,
            Message = "Watch cache for {Prefix} listed {Count} objects at revision {Revision}")]
        public static partial void Listed(ILogger logger, string prefix, int count, long revision);

        [LoggerMessage(EventId = 1001, EventName = nameof(Relisting), Level = LogLevel.Warning,
            Message = "Watch cache for {Prefix} lost its history after revision {Revision} (compacted); relisting")]
        public static partial void Relisting(ILogger logger, string prefix, long revision);

        [LoggerMessage(EventId = 1002, EventName = nameof(WatchResumed), Level = LogLevel.Warning,
            Message = "Watch cache for {Prefix} fell behind the store; resuming after revision {Revision}")]
        public static partial void WatchResumed(ILogger logger, string prefix, long revision);

        [LoggerMessage(EventId = 1003, EventName = nameof(WatchFailed), Level = LogLevel.Warning,
            Message = "Watch cache for {Prefix} lost its store watch after revision {Revision}; retrying")]
        public static partial void WatchFailed(ILogger logger, string prefix, long revision, Exception exception);

        [LoggerMessage(EventId = 1004, EventName = nameof(SlowWatcherClosed), Level = LogLevel.Warning,
            Message = "Watch cache for {Prefix} closed a watcher that could not take revision {Revision} in time")]
        public static partial void SlowWatcherClosed(ILogger logger, string prefix, long revision);

        [LoggerMessage(EventId = 1005, EventName = nameof(StoppedWithError), Level = LogLevel.Warning,
            Message = "Watch cache for {Prefix} stopped; its store watch ended with an error meanwhile")]
        public static partial void StoppedWithError(ILogger logger, string prefix, Exception exception);
    }
}
