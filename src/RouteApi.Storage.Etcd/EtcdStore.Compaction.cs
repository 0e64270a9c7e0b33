using Etcdserverpb;
using Grpc.Core;

namespace RouteApi.Storage.Etcd;

internal sealed partial class EtcdStore
{
    /// <summary>How long a probe for the compacted revision waits for etcd's answer (it comes within ~100 ms).</summary>
    private static readonly TimeSpan CompactionProbeTimeout = TimeSpan.FromSeconds(2);

    /// <summary>
    /// etcd's Compact (logical: the call returns once no read or watch can reach below
    /// <paramref name="revision"/>; etcd frees the space in the background). etcd decides, so two
    /// replicas compacting at once get one success and one <see cref="StoreRevisionCompactedException"/>.
    /// </summary>
    public async ValueTask CompactAsync(long revision, CancellationToken cancellationToken)
    {
        var known = CompactedRevision;
        if (revision <= known)
        {
            throw new StoreRevisionCompactedException(string.Empty, revision, known);
        }

        var request = new CompactionRequest { Revision = revision, Physical = false };
        try
        {
            var response = await CallAsync(string.Empty, o => _kv.CompactAsync(request, o), cancellationToken);
            _current.Observe(response.Header.Revision);
        }
        catch (EtcdRevisionException e) when (e.Compacted)
        {
            throw await CompactedErrorAsync(string.Empty, revision, revision, cancellationToken);
        }
        catch (EtcdRevisionException)
        {
            throw await FutureRevisionErrorAsync(string.Empty, revision, cancellationToken);
        }

        _compacted.Observe(revision);
        Log.Compacted(_logger, revision, CurrentRevision);
    }

    /// <summary>
    /// The error for a request etcd refused as compacted. etcd's error does not say how far it
    /// compacted; when this store does not know a revision at least <paramref name="atLeast"/> (another
    /// client compacted), it asks etcd with <see cref="ProbeCompactedRevisionAsync"/>.
    /// </summary>
    private async Task<StoreRevisionCompactedException> CompactedErrorAsync(string key, long requested, long atLeast, CancellationToken cancellationToken)
    {
        if (CompactedRevision < atLeast)
        {
            await ProbeCompactedRevisionAsync(cancellationToken);
        }

        return new StoreRevisionCompactedException(key, requested, Math.Max(CompactedRevision, atLeast));
    }

    /// <summary>The error for a revision ahead of etcd, with etcd's current revision read afresh.</summary>
    private async Task<StoreFutureRevisionException> FutureRevisionErrorAsync(string key, long requested, CancellationToken cancellationToken)
    {
        var current = await ReadRevisionAsync(new CallOptions(deadline: DateTime.UtcNow + _options.RequestTimeout).WithWaitForReady(true), cancellationToken);
        return new StoreFutureRevisionException(key, requested, current);
    }

    /// <summary>
    /// Learns etcd's compacted revision: a watch from revision 1 is cancelled with
    /// <c>compact_revision</c> when history was compacted (etcd reports it nowhere else). Records it;
    /// gives up quietly after <see cref="CompactionProbeTimeout"/>.
    /// </summary>
    private async Task ProbeCompactedRevisionAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _closing.Token);
        timeout.CancelAfter(CompactionProbeTimeout);
        var key = _keys.ToEtcd(ProbeKey);
        try
        {
            using var call = _watch.Watch(new CallOptions(RequireLeader, cancellationToken: timeout.Token));
            await call.RequestStream.WriteAsync(new WatchRequest { CreateRequest = new WatchCreateRequest { Key = key, StartRevision = 1 } }, timeout.Token);
            while (await call.ResponseStream.MoveNext(timeout.Token))
            {
                var response = call.ResponseStream.Current;
                _current.Observe(response.Header?.Revision ?? 0);
                if (response.CompactRevision > 0 || response.Canceled)
                {
                    _compacted.Observe(response.CompactRevision);
                    return;
                }
            }
        }
        catch (Exception e) when ((e is RpcException or OperationCanceledException or InvalidOperationException) && !cancellationToken.IsCancellationRequested)
        {
            // Best effort: the caller reports the revisions it knows.
        }

        cancellationToken.ThrowIfCancellationRequested();
    }
}
