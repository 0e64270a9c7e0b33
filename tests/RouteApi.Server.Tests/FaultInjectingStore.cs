using System.Runtime.CompilerServices;
using RouteApi.Storage;
using RouteApi.Testing;

namespace RouteApi.Server.Tests;

/// <summary>
/// An <see cref="IStore"/> that forwards to the real store, except that <see cref="FailWatchesAsCompacted"/>
/// ends the store watches with <see cref="StoreRevisionCompactedException"/>, as if the store had
/// compacted past them. The fault is one-shot: when no watch is open, the next one to open fails.
/// </summary>
public sealed class FaultInjectingStore(IStore inner) : ForwardingStore(inner)
{
    private readonly Lock _gate = new();
    private readonly List<CancellationTokenSource> _open = [];
    private bool _armed;

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

    public override async IAsyncEnumerable<StoreEvent> WatchAsync(string prefix, long fromRevision, [EnumeratorCancellation] CancellationToken cancellationToken)
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

        var events = Inner.WatchAsync(prefix, fromRevision, fault.Token).GetAsyncEnumerator(fault.Token);
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

    private StoreRevisionCompactedException Compacted(string prefix, long fromRevision) => new(prefix, fromRevision, Inner.CurrentRevision);
}
