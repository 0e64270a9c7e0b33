using Etcdserverpb;
using Google.Protobuf;
using Grpc.Core;

namespace RouteApi.Storage.Etcd;

internal sealed partial class EtcdStore
{
    /// <summary>
    /// One watch's etcd stream and its resume point. Used by one consumer at a time (the
    /// enumerator), so it needs no locking. The resume point is the revision of the last event handed
    /// out; each (re)opened etcd watch starts <em>at</em> that revision and drops events at or below
    /// it. Starting at the revision instead of after it makes etcd itself refuse the watch exactly
    /// when that revision is below its compacted revision, the contract's rule, even when another
    /// client compacted; and a revision's events always arrive in one response, so none is half-delivered.
    /// </summary>
    private sealed class WatchSession(EtcdStore store, string prefix, long fromRevision) : IDisposable
    {
        private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(100);
        private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(2);

        private readonly (ByteString Start, ByteString End) _range = store._keys.PrefixRange(prefix);
        private AsyncDuplexStreamingCall<WatchRequest, WatchResponse>? _call;
        private int _failures;

        /// <summary>The revision of the last event handed out (the start revision before any).</summary>
        public long LastRevision { get; private set; } = fromRevision;

        /// <summary>
        /// The next non-empty batch of events (one etcd response), reopening the stream as often as
        /// needed; null once the store is closed.
        /// </summary>
        /// <exception cref="StoreRevisionCompactedException">etcd no longer has the next events.</exception>
        public async Task<List<StoreEvent>?> NextBatchAsync(CancellationToken cancellationToken)
        {
            while (true)
            {
                if (_call is null && !await OpenAsync(cancellationToken))
                {
                    return null;
                }

                if (await ReadAsync(cancellationToken) is not { } response)
                {
                    continue;
                }

                store._current.Observe(response.Header?.Revision ?? 0);
                if (response.CompactRevision > 0)
                {
                    store._compacted.Observe(response.CompactRevision);
                    Log.WatchCompacted(store._logger, prefix, LastRevision, response.CompactRevision);
                    throw new StoreRevisionCompactedException(prefix, LastRevision, response.CompactRevision);
                }

                if (response.Canceled)
                {
                    await InterruptAsync($"etcd cancelled the watch: {response.CancelReason}", cancellationToken);
                }
                else if (response.Created)
                {
                    Resumed();
                }
                else if (await ToBatchAsync(response, cancellationToken) is { Count: > 0 } batch)
                {
                    LastRevision = batch[^1].Revision;
                    return batch;
                }
            }
        }

        public void Dispose() => _call?.Dispose();

        private async Task<List<StoreEvent>> ToBatchAsync(WatchResponse response, CancellationToken cancellationToken)
        {
            var batch = new List<StoreEvent>(response.Events.Count);
            foreach (var change in response.Events)
            {
                if (change.Kv.ModRevision <= LastRevision)
                {
                    continue;
                }

                if (store.ToStoreEvent(change) is not { } storeEvent)
                {
                    // The previous value is gone: a compaction raced the replay.
                    throw await store.CompactedErrorAsync(prefix, LastRevision, LastRevision + 1, cancellationToken);
                }

                batch.Add(storeEvent);
            }

            return batch;
        }

        /// <summary>Opens an etcd watch from the resume point; false when the store is closed.</summary>
        private async Task<bool> OpenAsync(CancellationToken cancellationToken)
        {
            while (!store.IsClosed)
            {
                // Bound to the store's lifetime, not the consumer's token: the consumer's token is
                // passed to each read instead. WaitForReady: while no member is reachable the call
                // waits for one rather than failing in a tight loop.
                _call = store._watch.Watch(new CallOptions(RequireLeader, cancellationToken: store._closing.Token).WithWaitForReady(true));
                var create = new WatchCreateRequest
                {
                    Key = _range.Start,
                    RangeEnd = _range.End,
                    StartRevision = Math.Max(LastRevision, 1),
                    PrevKv = true,
                };
                try
                {
                    await _call.RequestStream.WriteAsync(new WatchRequest { CreateRequest = create }, cancellationToken);
                    return true;
                }
                catch (Exception e) when (!cancellationToken.IsCancellationRequested)
                {
                    await InterruptAsync(e.Message, cancellationToken);
                }
                catch (Exception e) when (e is RpcException or ObjectDisposedException)
                {
                    throw new OperationCanceledException("The watch was cancelled.", e, cancellationToken);
                }
            }

            return false;
        }

        /// <summary>The next response; null when the stream broke (it is then closed, to be reopened).</summary>
        private async Task<WatchResponse?> ReadAsync(CancellationToken cancellationToken)
        {
            try
            {
                if (await _call!.ResponseStream.MoveNext(cancellationToken))
                {
                    return _call.ResponseStream.Current;
                }

                await InterruptAsync("etcd ended the stream", cancellationToken);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                await InterruptAsync(e is RpcException rpc ? $"{rpc.StatusCode}: {rpc.Status.Detail}" : e.Message, cancellationToken);
            }
            catch (Exception e) when (e is RpcException or ObjectDisposedException)
            {
                // Cancelled (the filter above took every other case): a call disposed under the
                // read throws ObjectDisposedException instead of an RpcException, which is the
                // same cancellation and must not fail the cache's stop on shutdown.
                throw new OperationCanceledException("The watch was cancelled.", e, cancellationToken);
            }

            return null;
        }

        /// <summary>Closes the broken stream and waits before the next attempt (exponential, capped).</summary>
        private async Task InterruptAsync(string reason, CancellationToken cancellationToken)
        {
            _call?.Dispose();
            _call = null;
            if (store.IsClosed)
            {
                return;
            }

            _failures++;
            if (_failures == 1)
            {
                Log.WatchInterrupted(store._logger, prefix, LastRevision, reason);
            }
            else
            {
                Log.WatchRetrying(store._logger, prefix, LastRevision, _failures, reason);
            }

            var backoff = FirstBackoff * Math.Pow(2, Math.Min(_failures - 1, 10));
            await Task.Delay(backoff < MaxBackoff ? backoff : MaxBackoff, cancellationToken);
        }

        private void Resumed()
        {
            if (_failures > 0)
            {
                Log.WatchResumed(store._logger, prefix, LastRevision, _failures);
            }

            _failures = 0;
        }
    }
}
