using System.Runtime.CompilerServices;

namespace RouteApi.Storage.Sqlite;

internal sealed partial class SqliteStore
{
    /// <summary>Rows read per replay query; the connection is released before the rows are yielded.</summary>
    private const int ReplayPageSize = 500;

    /// <inheritdoc />
    public async IAsyncEnumerable<StoreEvent> WatchAsync(
        string prefix,
        long fromRevision,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentOutOfRangeException.ThrowIfNegative(fromRevision);
        ThrowIfDisposed();

        // Subscribe first, then replay up to the revision the subscription started at: changes up to
        // RegisteredAt come from the table, later ones from the subscription, which skips anything at
        // or below RegisteredAt. Replaying first and subscribing after would lose the writes in between.
        var range = KeyRange.ForPrefix(prefix);
        var subscription = _hub.Subscribe(range, fromRevision);
        Log.WatchOpened(_logger, prefix, fromRevision);
        try
        {
            var cursor = fromRevision;
            while (cursor < subscription.RegisteredAt)
            {
                cancellationToken.ThrowIfCancellationRequested();

                // Each page checks the compaction watermark in its own snapshot, so a compaction
                // racing the replay ends the stream with "compacted" instead of leaving a gap.
                var rows = _reader.ReadHistory(range, cursor, subscription.RegisteredAt, ReplayPageSize);
                foreach (var row in rows)
                {
                    yield return row.ToEvent();
                }

                cursor = rows.Count < ReplayPageSize ? subscription.RegisteredAt : rows[^1].Id;
            }

            await foreach (var storeEvent in subscription.ReadAllAsync(cancellationToken))
            {
                yield return storeEvent;
            }

            if (subscription.Overflowed)
            {
                throw new StoreWatchOverflowException(prefix, subscription.LastQueuedRevision);
            }
        }
        finally
        {
            _hub.Unsubscribe(subscription);
            Log.WatchClosed(_logger, prefix);
        }
    }
}
