using Microsoft.Extensions.Logging;

namespace RouteApi.Storage.Sqlite;

/// <summary>
/// Fans committed changes out to the watch subscriptions and owns the acknowledged revision. The
/// writer publishes each batch straight from its commit path; nothing polls.
/// </summary>
internal sealed partial class WatchHub(long revision, int capacity, ILogger logger)
{
    // One lock makes "set the revision and queue the batch" atomic with "register and read the
    // revision". Without it a watch registering between the two would either miss the batch (it read
    // the old revision after the publisher had taken its subscriber snapshot) or get it twice (once
    // replayed from the table, once live).
    private readonly Lock _gate = new();
    private WatchSubscription[] _subscriptions = [];
    private long _revision = revision;
    private bool _closed;

    /// <summary>The revision of the last acknowledged write.</summary>
    public long Revision => Volatile.Read(ref _revision);

    /// <summary>Registers a watch of <paramref name="range"/> that starts after <paramref name="fromRevision"/>.</summary>
    /// <exception cref="ObjectDisposedException">The store is closed.</exception>
    public WatchSubscription Subscribe(KeyRange range, long fromRevision)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_closed, this);
            var subscription = new WatchSubscription(range, _revision, fromRevision, capacity);
            _subscriptions = [.. _subscriptions, subscription];
            return subscription;
        }
    }

    /// <summary>Removes and completes a subscription (its consumer is gone).</summary>
    public void Unsubscribe(WatchSubscription subscription)
    {
        lock (_gate)
        {
            _subscriptions = Array.FindAll(_subscriptions, s => s != subscription);
        }

        subscription.Complete();
    }

    /// <summary>Publishes the committed <paramref name="events"/> in order and advances the revision.</summary>
    public void Publish(IReadOnlyList<StoreEvent> events, long committedRevision)
    {
        List<WatchSubscription>? dropped = null;
        lock (_gate)
        {
            foreach (var subscription in _subscriptions)
            {
                foreach (var storeEvent in events)
                {
                    if (!subscription.TryPublish(storeEvent))
                    {
                        (dropped ??= []).Add(subscription);
                        break;
                    }
                }
            }

            if (dropped is not null)
            {
                _subscriptions = Array.FindAll(_subscriptions, s => !dropped.Contains(s));
            }

            Volatile.Write(ref _revision, committedRevision);
        }

        foreach (var subscription in dropped ?? [])
        {
            Log.WatchOverflowed(logger, subscription.Range.Prefix, subscription.LastQueuedRevision, capacity);
        }
    }

    /// <summary>Completes every subscription and refuses new ones.</summary>
    public void Close()
    {
        WatchSubscription[] subscriptions;
        lock (_gate)
        {
            _closed = true;
            subscriptions = _subscriptions;
            _subscriptions = [];
        }

        foreach (var subscription in subscriptions)
        {
            subscription.Complete();
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1520, EventName = nameof(WatchOverflowed), Level = LogLevel.Warning,
            Message = "Closed the watch on {Prefix} after revision {Revision}: {Buffered} events were waiting")]
        public static partial void WatchOverflowed(ILogger logger, string prefix, long revision, int buffered);
    }
}
