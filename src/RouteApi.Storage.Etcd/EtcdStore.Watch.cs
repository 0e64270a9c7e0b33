using System.Runtime.CompilerServices;
using Mvccpb;

namespace RouteApi.Storage.Etcd;

internal sealed partial class EtcdStore
{
    /// <summary>
    /// Streams changes under <paramref name="prefix"/> after <paramref name="fromRevision"/> from one
    /// etcd watch (its own gRPC stream, with <c>prev_kv</c>). A broken stream is reopened from the last
    /// delivered revision, so the consumer sees no gap, duplicate or reordering across etcd restarts
    /// and member failures; it only waits. The stream ends with
    /// <see cref="StoreRevisionCompactedException"/> when etcd no longer has the history it needs.
    /// Events are read from etcd only as the consumer asks for them, so a slow consumer holds one
    /// etcd response in memory and back-pressures etcd (as kube-apiserver's watcher does) instead
    /// of overflowing: this store never ends a watch with <see cref="StoreWatchOverflowException"/>.
    /// Disposing the store ends open watches normally.
    /// </summary>
    public async IAsyncEnumerable<StoreEvent> WatchAsync(
        string prefix,
        long fromRevision,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentOutOfRangeException.ThrowIfNegative(fromRevision);
        ThrowIfDisposed();

        var compacted = CompactedRevision;
        if (fromRevision < compacted)
        {
            throw new StoreRevisionCompactedException(prefix, fromRevision, compacted);
        }

        using var session = new WatchSession(this, prefix, fromRevision);
        Log.WatchOpened(_logger, prefix, fromRevision);
        try
        {
            while (await session.NextBatchAsync(cancellationToken) is { } batch)
            {
                foreach (var storeEvent in batch)
                {
                    yield return storeEvent;
                }
            }
        }
        finally
        {
            Log.WatchClosed(_logger, prefix, session.LastRevision);
        }
    }

    /// <summary>
    /// Maps one etcd event. A put whose create and mod revisions are equal is a create; a delete
    /// carries the last value (from <c>prev_kv</c>) at the delete's revision. Null when an update or
    /// delete lacks its previous value: etcd compacted it while the watch was catching up.
    /// </summary>
    private StoreEvent? ToStoreEvent(Event change)
    {
        var previous = change.PrevKv is { } prevKv ? _keys.ToStoredObject(prevKv) : null;
        if (change.Type == Event.Types.EventType.Delete)
        {
            return previous is null
                ? null
                : new StoreEvent(StoreEventType.Deleted, previous with { ModRevision = change.Kv.ModRevision }, previous);
        }

        var current = _keys.ToStoredObject(change.Kv);
        if (change.Kv.CreateRevision == change.Kv.ModRevision)
        {
            return new StoreEvent(StoreEventType.Created, current, null);
        }

        return previous is null ? null : new StoreEvent(StoreEventType.Updated, current, previous);
    }
}
