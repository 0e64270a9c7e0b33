using System.Globalization;
using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RouteApi.Storage.Compaction;

/// <summary>
/// Compacts the store periodically, as kube-apiserver's compactor does: each round compacts up to
/// the revision recorded by the previous round, so at least one interval of history is kept, and
/// never into the newest <see cref="CompactionOptions.MinRetain"/> revisions. Several servers may
/// share one store: a round is claimed with a compare-and-swap on <see cref="CompactionOptions.ClaimKey"/>,
/// so only one of them compacts per interval and the others adopt its claim.
/// </summary>
public sealed partial class StoreCompactor(IStore store, IOptions<CompactionOptions> options, TimeProvider timeProvider, ILogger<StoreCompactor> logger)
    : BackgroundService
{
    // The modification revision of the claim key as this server last saw it. A round is claimed
    // only if nobody changed the key since: a changed key means another server claimed the interval.
    private long _lastSeenClaim = -1;

    /// <summary>
    /// One round: claims the interval (first rounds and lost claims only record what they saw) and
    /// compacts to min(previous round's revision, current − MinRetain) when that is above the
    /// compacted revision. Returns the revision compacted to, or null when nothing was compacted.
    /// </summary>
    public async Task<long?> CompactOnceAsync(CancellationToken cancellationToken)
    {
        var current = store.CurrentRevision;
        var previous = await ClaimAsync(current, cancellationToken);
        if (previous is not { } recorded)
        {
            return null;
        }

        var target = Math.Min(recorded, current - options.Value.MinRetain);
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

    /// <summary>Records <paramref name="current"/> in the claim key; returns the revision it replaced when this round is ours.</summary>
    private async Task<long?> ClaimAsync(long current, CancellationToken cancellationToken)
    {
        var value = Encoding.UTF8.GetBytes(current.ToString(CultureInfo.InvariantCulture));
        var claimKey = options.Value.ClaimKey;
        var claim = await store.GetAsync(claimKey, cancellationToken);
        try
        {
            if (claim is null)
            {
                _lastSeenClaim = (await store.CreateAsync(claimKey, value, cancellationToken)).ModRevision;
                return null;
            }

            if (claim.ModRevision != _lastSeenClaim)
            {
                _lastSeenClaim = claim.ModRevision;
                return null;
            }

            _lastSeenClaim = (await store.UpdateAsync(claimKey, value, claim.ModRevision, cancellationToken)).ModRevision;
            return long.Parse(Encoding.UTF8.GetString(claim.Value.Span), CultureInfo.InvariantCulture);
        }
        catch (StoreConflictException e)
        {
            _lastSeenClaim = e.Current?.ModRevision ?? -1;
            return null;
        }
        catch (StoreKeyExistsException)
        {
            _lastSeenClaim = -1;
            return null;
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
