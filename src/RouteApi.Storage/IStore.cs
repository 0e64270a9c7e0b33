namespace RouteApi.Storage;

/// <summary>
/// A byte-level, etcd-shaped key-value store. One global revision counter is bumped once per
/// successful write; each key carries its create and modification revisions. Writes are
/// acknowledged only once durable. Values are opaque: the store knows nothing about routes.
/// </summary>
/// <remarks>Any operation may fail with <see cref="StoreUnavailableException"/> when the store cannot be reached in time.</remarks>
public interface IStore : IAsyncDisposable
{
    /// <summary>The current revision: that of the last acknowledged write (0 for an empty store).</summary>
    long CurrentRevision { get; }

    /// <summary>
    /// Checks that the store can serve requests (for readiness probes): true when it is reachable
    /// and, for a cluster, has quorum.
    /// </summary>
    ValueTask<bool> IsHealthyAsync(CancellationToken cancellationToken);

    /// <summary>Reads the current value of <paramref name="key"/>; null when the key does not exist.</summary>
    ValueTask<StoredObject?> GetAsync(string key, CancellationToken cancellationToken);

    /// <summary>Reads a consistent snapshot of a key range (see <see cref="ListRequest"/>).</summary>
    /// <exception cref="StoreRevisionCompactedException">The requested revision was compacted.</exception>
    /// <exception cref="StoreFutureRevisionException">The requested revision is ahead of the store.</exception>
    ValueTask<ListResult> ListAsync(ListRequest request, CancellationToken cancellationToken);

    /// <summary>Creates <paramref name="key"/> only if it does not exist (etcd Txn <c>mod_revision == 0</c>).</summary>
    /// <exception cref="StoreKeyExistsException">The key exists.</exception>
    ValueTask<StoredObject> CreateAsync(string key, ReadOnlyMemory<byte> value, CancellationToken cancellationToken);

    /// <summary>Replaces the value only if the key's modification revision equals <paramref name="expectedRevision"/>.</summary>
    /// <exception cref="StoreConflictException">The revision differs or the key is gone; carries the current value.</exception>
    ValueTask<StoredObject> UpdateAsync(string key, ReadOnlyMemory<byte> value, long expectedRevision, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the key only if its modification revision equals <paramref name="expectedRevision"/>.
    /// Returns the deleted value with <see cref="StoredObject.ModRevision"/> set to the delete's revision.
    /// </summary>
    /// <exception cref="StoreConflictException">The revision differs or the key is gone; carries the current value.</exception>
    ValueTask<StoredObject> DeleteAsync(string key, long expectedRevision, CancellationToken cancellationToken);

    /// <summary>The compacted revision: reads and watches must ask for a later one (0 when never compacted).</summary>
    long CompactedRevision { get; }

    /// <summary>
    /// Streams every change to keys under <paramref name="prefix"/> with a revision greater than
    /// <paramref name="fromRevision"/>, in revision order, with no gaps and no duplicates. Updates and
    /// deletes carry the previous value. The bound is always exclusive: 0 replays the whole history,
    /// and a caller that wants only new changes passes the revision its snapshot was read at (as
    /// kube-apiserver watches etcd from its list's revision + 1). A revision the store has not reached
    /// yet waits for it. The stream ends with <see cref="StoreRevisionCompactedException"/> when
    /// <paramref name="fromRevision"/> is below the compacted revision, and with
    /// <see cref="StoreWatchOverflowException"/> when the consumer fell too far behind; the consumer
    /// then resumes from the last revision it saw (or relists).
    /// </summary>
    IAsyncEnumerable<StoreEvent> WatchAsync(string prefix, long fromRevision, CancellationToken cancellationToken);

    /// <summary>Drops history at and below <paramref name="revision"/>; current values are kept.</summary>
    /// <exception cref="StoreRevisionCompactedException"><paramref name="revision"/> is not above the compacted revision.</exception>
    /// <exception cref="StoreFutureRevisionException"><paramref name="revision"/> is ahead of the store.</exception>
    ValueTask CompactAsync(long revision, CancellationToken cancellationToken);
}
