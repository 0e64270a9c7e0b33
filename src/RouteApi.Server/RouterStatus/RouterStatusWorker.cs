using System.Threading.Channels;
using RouteApi.Core.Admission;
using RouteApi.Core.Model;
using RouteApi.Server.Http;
using RouteApi.Server.Metrics;
using RouteApi.Storage.Caching;

namespace RouteApi.Server.RouterStatus;

/// <summary>
/// The controller of one named router. While this replica holds the router's lease it follows the
/// route watch cache and, after every batch of changes, evaluates all routes afresh
/// (<see cref="RouterAdmission"/>) and writes the router's own <c>status.ingress[]</c> entry of each
/// route whose entry differs. Evaluating everything, rather than patching in the changed route,
/// makes the outcome depend only on the current routes: a deleted owner's host passes to the next
/// claimant in the same pass, and the controller's own status writes, which come back as watch
/// events, find nothing left to change, so it never loops.
/// </summary>
internal sealed partial class RouterStatusWorker(RouterSettings settings, RouterLease lease, RouterStatusContext context, RouterStatusMetrics metrics, ILogger logger)
{
    /// <summary>Runs until <paramref name="cancellationToken"/> fires, standing by while another replica holds the lease.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await context.Cache.Ready.WaitAsync(cancellationToken);
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                if (!await lease.TryAcquireOrRenewAsync(cancellationToken))
                {
                    await Task.Delay(context.Options.LeaseRetryPeriod, context.Time, cancellationToken);
                    continue;
                }

                Log.LeaseAcquired(logger, settings.Name, lease.Holder);
                using var held = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                var renewal = RenewAsync(held);
                await FollowWhileHeldAsync(held.Token);
                await held.CancelAsync();
                await renewal;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            await lease.ReleaseAsync(CancellationToken.None);
        }
    }

    // Renews until the lease is lost (another replica took it, or the store refused), then cancels
    // the writer: two replicas must not write the same router's entries at once.
    private async Task RenewAsync(CancellationTokenSource held)
    {
        try
        {
            while (true)
            {
                await Task.Delay(context.Options.LeaseRetryPeriod, context.Time, held.Token);
                if (!await lease.TryAcquireOrRenewAsync(held.Token))
                {
                    Log.LeaseLost(logger, settings.Name);
                    await held.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The writer stopped first.
        }
        catch (Exception e)
        {
            Log.LeaseRenewalFailed(logger, settings.Name, e);
            await held.CancelAsync();
        }
    }

    private async Task FollowWhileHeldAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await FollowAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // Lease lost or shutting down; RunAsync decides which.
        }
    }

    /// <summary>One watch session: reconcile now, then after each batch of events, until the watcher is closed.</summary>
    private async Task FollowAsync(CancellationToken cancellationToken)
    {
        // A capacity-1 signal coalesces a burst of events into one evaluation.
        var changed = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        await using var watcher = context.Cache.Watch(new WatchRequest(context.Layout.Routes, 0, false, false, false));
        var pump = PumpAsync(watcher, changed.Writer, cancellationToken);
        changed.Writer.TryWrite(true);
        await foreach (var _ in changed.Reader.ReadAllAsync(cancellationToken))
        {
            if (!await ReconcileAsync(cancellationToken))
            {
                // A write failed for a reason other than a lost race: try again shortly.
                await Task.Delay(context.Options.WriteRetryDelay, context.Time, cancellationToken);
                changed.Writer.TryWrite(true);
            }
        }

        await pump;
    }

    // The watcher ends when the cache closes it (too slow, or relisted); the next session starts from the current state.
    private static async Task PumpAsync(CacheWatcher<Route> watcher, ChannelWriter<bool> changed, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var _ in watcher.ReadAllAsync(cancellationToken))
            {
                changed.TryWrite(true);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
        finally
        {
            changed.TryComplete();
        }
    }

    /// <summary>Evaluates every route and writes the entries that differ; false when a write failed and must be retried.</summary>
    private async Task<bool> ReconcileAsync(CancellationToken cancellationToken)
    {
        var routes = context.Cache.Snapshot.List(context.Layout.Routes).Select(o => o.Value).ToList();
        var decisions = RouterAdmission.Evaluate(routes, settings);
        var succeeded = true;
        foreach (var route in routes)
        {
            var key = new ResourceKey(route.Metadata.Namespace ?? string.Empty, route.Metadata.Name ?? string.Empty);
            var decision = decisions.GetValueOrDefault(key);
            if (IngressStatus.Apply(route, settings, decision, context.Time.GetUtcNow()) is null)
            {
                continue;
            }

            succeeded &= await WriteAsync(key, route.Metadata.Uid, decision, cancellationToken);
        }

        return succeeded;
    }

    private async Task<bool> WriteAsync(ResourceKey key, string? uid, AdmissionDecision? decision, CancellationToken cancellationToken)
    {
        try
        {
            // The update function runs on the stored route and again on the winner of any lost race;
            // a route deleted and recreated under the same name (new uid) is left for the next pass.
            await context.Registry.UpdateStatusAsync(key, stored =>
                stored.Metadata.Uid == uid ? IngressStatus.Apply(stored, settings, decision, context.Time.GetUtcNow()) ?? stored : stored,
                cancellationToken);
            metrics.Written(settings.Name, decision);
            Log.StatusWritten(logger, settings.Name, key.Namespace, key.Name, decision?.Admitted);
            return true;
        }
        catch (StatusException e) when (e.Status.Code == StatusCodes.Status404NotFound)
        {
            // Deleted meanwhile: its delete event triggers the next pass.
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.StatusWriteFailed(logger, settings.Name, key.Namespace, key.Name, e);
            return false;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 4600, EventName = nameof(LeaseAcquired), Level = LogLevel.Information,
            Message = "Router {Router} status is written by this server ({Holder})")]
        public static partial void LeaseAcquired(ILogger logger, string router, string holder);

        [LoggerMessage(EventId = 4601, EventName = nameof(LeaseLost), Level = LogLevel.Warning,
            Message = "Router {Router} status lease was lost; standing by")]
        public static partial void LeaseLost(ILogger logger, string router);

        [LoggerMessage(EventId = 4602, EventName = nameof(LeaseRenewalFailed), Level = LogLevel.Warning,
            Message = "Router {Router} status lease could not be renewed; standing by")]
        public static partial void LeaseRenewalFailed(ILogger logger, string router, Exception exception);

        [LoggerMessage(EventId = 4603, EventName = nameof(StatusWritten), Level = LogLevel.Debug,
            Message = "Router {Router} wrote the status of route {Namespace}/{Name} (admitted: {Admitted})")]
        public static partial void StatusWritten(ILogger logger, string router, string @namespace, string name, bool? admitted);

        [LoggerMessage(EventId = 4604, EventName = nameof(StatusWriteFailed), Level = LogLevel.Warning,
            Message = "Router {Router} could not write the status of route {Namespace}/{Name}; retrying")]
        public static partial void StatusWriteFailed(ILogger logger, string router, string @namespace, string name, Exception exception);
    }
}
