using System.Threading.Channels;

namespace RouteApi.Storage.Sqlite;

/// <summary>
/// One watch's bounded queue of live events. The publisher never waits on it: when the queue is
/// full the subscription is marked overflowed and completed, and the consumer, after draining what
/// was queued, ends its stream with <see cref="StoreWatchOverflowException"/>.
/// </summary>
internal sealed class WatchSubscription
{
    private readonly Channel<StoreEvent> _channel;
    private readonly long _minRevision;

    // Written by the publisher under the hub's lock; read by the consumer only after the channel
    // completed, which orders the reads after the writes.
    private long _lastQueuedRevision;
    private volatile bool _overflowed;

    /// <summary>Creates a subscription; live events at or below the larger of the two revisions are skipped.</summary>
    /// <param name="range">The keys to watch.</param>
    /// <param name="registeredAt">The store revision when the subscription was registered.</param>
    /// <param name="fromRevision">The revision the watch starts after.</param>
    /// <param name="capacity">How many events may wait.</param>
    public WatchSubscription(KeyRange range, long registeredAt, long fromRevision, int capacity)
    {
        Range = range;
        RegisteredAt = registeredAt;
        _minRevision = Math.Max(registeredAt, fromRevision);
        _lastQueuedRevision = _minRevision;
        _channel = Channel.CreateBounded<StoreEvent>(new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
    }

    /// <summary>The keys this subscription receives.</summary>
    public KeyRange Range { get; }

    /// <summary>
    /// The store revision at registration: changes up to it come from the table (replay), later ones
    /// from this queue, so the two meet without a gap or a duplicate.
    /// </summary>
    public long RegisteredAt { get; }

    /// <summary>True when events were dropped because the consumer fell behind.</summary>
    public bool Overflowed => _overflowed;

    /// <summary>The revision of the last queued event: where an overflowed consumer resumes.</summary>
    public long LastQueuedRevision => Volatile.Read(ref _lastQueuedRevision);

    /// <summary>The queued events, ending when the subscription completes.</summary>
    public IAsyncEnumerable<StoreEvent> ReadAllAsync(CancellationToken cancellationToken) =>
        _channel.Reader.ReadAllAsync(cancellationToken);

    /// <summary>Queues <paramref name="storeEvent"/> if it concerns this watch; false when the queue overflowed.</summary>
    public bool TryPublish(StoreEvent storeEvent)
    {
        if (storeEvent.Revision <= _minRevision || !Range.Contains(storeEvent.Current.Key))
        {
            return true;
        }

        if (_channel.Writer.TryWrite(storeEvent))
        {
            Volatile.Write(ref _lastQueuedRevision, storeEvent.Revision);
            return true;
        }

        // Set the flag before completing: the consumer checks it once the channel reports completion.
        _overflowed = true;
        _channel.Writer.TryComplete();
        return false;
    }

    /// <summary>Ends the stream after the queued events.</summary>
    public void Complete() => _channel.Writer.TryComplete();
}
