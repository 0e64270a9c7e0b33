using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RouteApi.Storage.Compaction;

/// <summary>
/// Compacts the store periodically, as kube-apiserver's compactor does: each run compacts up to
/// the revision the previous run saw, so at least one interval of history is always kept, and
/// never into the newest <see cref="CompactionOptions.MinRetain"/> revisions. The first run only
/// records a revision.
/// </summary>
public sealed partial class StoreCompactor(IStore store, IOptions<CompactionOptions> options, TimeProvider timeProvider, ILogger<StoreCompactor> logger)
    : BackgroundService
{
    private long _previousRevision = -1;

    /// <summary>
    /// One compaction round: compacts to min(previous round's revision, current − MinRetain) when
    /// that is above the compacted revision, then remembers the current revision. Returns the
    /// revision compacted to, or null when nothing was compacted.
    /// </summary>
    public async Task<long?> CompactOnceAsync(CancellationToken cancellationToken)
    {
        var current = store.CurrentRevision;
        var target = Math.Min(_previousRevision, current - options.Value.MinRetain);
        _previousRevision = current;
        if (target <= store.CompactedRevision)
        {
            return null;
        }

        try
        {
            await store.CompactAsync(target, cancellationToken);
            Log.Compacted(logger, target, current);
            return target;
        }
        catch (StoreRevisionCompactedException)
        {
            // Another compactor (a replica on the same etcd) got there first.
            return null;
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.Interval;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(interval, timeProvider);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await CompactOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Log.CompactionFailed(logger, e);
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1100, EventName = nameof(Compacted), Level = LogLevel.Information,
            Message = "Compacted storage history up to revision {Revision} (current revision {Current})")]
        public static partial void Compacted(ILogger logger, long revision, long current);

        [LoggerMessage(EventId = 1101, EventName = nameof(CompactionFailed), Level = LogLevel.Warning,
            Message = "Storage compaction failed; retrying next interval")]
        public static partial void CompactionFailed(ILogger logger, Exception exception);
    }
}
