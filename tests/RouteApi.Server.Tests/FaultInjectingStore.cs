using System.Runtime.CompilerServices;
using RouteApi.Storage;

namespace RouteApi.Server.Tests;

/// <summary>
/// An <see cref="IStore"/> that forwards to the real store, except that <see cref="FailWatchesAsCompacted"/>
/// ends the store watches with <see cref="StoreRevisionCompactedException"/>, as if the store had
/// compacted past them. The fault is one-shot: when no watch is open, the next one to open fails.
/// </summary>
public sealed class FaultInjectingStore(IStore inner) : IStore
{
    private readonly Lock _gate = new();
    private readonly List<CancellationTokenSource> _open = [];
    private bool _armed;
    private int _disposed;

    public long CurrentRevision => inner.CurrentRevision;

    public long CompactedRevision => inner.CompactedRevision;

    /// <summary>Ends every open watch (or, when none is open, the next one) with "compacted".</summary>
    public void FailWatchesAsCompacted()
    {
        // Under the lock a watch cannot leave the list (and dispose its source) while it is cancelled.
        lock (_gate)
        {
            _armed = _open.Count == 0;
            foreach (var watch in _open)
            {
                watch.Cancel();
            }
        }
    }

    public async IAsyncEnumerable<StoreEvent> WatchAsync(string prefix, long fromRevision, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var fault = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        lock (_gate)
        {
            if (_armed)
            {
                _armed = false;
                throw Compacted(prefix, fromRevision);
            }

            _open.Add(fault);
        }

        var events = inner.WatchAsync(prefix, fromRevision, fault.Token).GetAsyncEnumerator(fault.Token);
        try
        {
            while (true)
            {
                bool more;
                try
                {
                    more = await events.MoveNextAsync();
                }
                catch (OperationCanceledException) when (fault.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                {
                    throw Compacted(prefix, fromRevision);
                }

                if (!more)
                {
                    yield break;
                }

                yield return events.Current;
            }
        }
        finally
        {
            lock (_gate)
            {
                _open.Remove(fault);
            }

            await events.DisposeAsync();
        }
    }

    public ValueTask<bool> IsHealthyAsync(CancellationToken cancellationToken) => inner.IsHealthyAsync(cancellationToken);


    public ValueTask<StoredObject?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

    public ValueTask<ListResult> ListAsync(ListRequest request, CancellationToken cancellationToken) => inner.ListAsync(request, cancellationToken);

    public ValueTask<StoredObject> CreateAsync(string key, ReadOnlyMemory<byte> value, CancellationToken cancellationToken) =>
        inner.CreateAsync(key, value, cancellationToken);

    public ValueTask<StoredObject> UpdateAsync(string key, ReadOnlyMemory<byte> value, long expectedRevision, CancellationToken cancellationToken) =>
        inner.UpdateAsync(key, value, expectedRevision, cancellationToken);

    public ValueTask<StoredObject> DeleteAsync(string key, long expectedRevision, CancellationToken cancellationToken) =>
        inner.DeleteAsync(key, expectedRevision, cancellationToken);

    public ValueTask CompactAsync(long revision, CancellationToken cancellationToken) => inner.CompactAsync(revision, cancellationToken);

    public ValueTask DisposeAsync() => Interlocked.Exchange(ref _disposed, 1) == 0 ? inner.DisposeAsync() : ValueTask.CompletedTask;

    private StoreRevisionCompactedException Compacted(string prefix, long fromRevision) => new(prefix, fromRevision, inner.CurrentRevision);
}
