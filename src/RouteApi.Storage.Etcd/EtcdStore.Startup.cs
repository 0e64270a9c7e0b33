using System.Diagnostics;

namespace RouteApi.Storage.Etcd;

internal sealed partial class EtcdStore
{
    private static readonly TimeSpan StartupRetryDelay = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Waits until etcd answers a health check, for at most <see cref="EtcdStoreOptions.StartupTimeout"/>,
    /// logging every failed attempt. True when etcd is ready (and <see cref="CurrentRevision"/> is
    /// then etcd's); false when the time ran out (logged as an error, nothing thrown).
    /// </summary>
    public async Task<bool> WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var timeout = _options.StartupTimeout;
        var clock = Stopwatch.StartNew();
        for (var attempt = 1; ; attempt++)
        {
            if (await IsHealthyAsync(cancellationToken))
            {
                Log.EtcdReady(_logger, Endpoints, CurrentRevision);
                return true;
            }

            if (clock.Elapsed >= timeout)
            {
                Log.EtcdNotReady(_logger, Endpoints, timeout.TotalSeconds);
                return false;
            }

            Log.WaitingForEtcd(_logger, Endpoints, attempt, clock.Elapsed.TotalSeconds, timeout.TotalSeconds);

            // A failed health check can return at once (connection refused), so space the attempts.
            var remaining = timeout - clock.Elapsed;
            await Task.Delay(remaining < StartupRetryDelay ? remaining : StartupRetryDelay, cancellationToken);
        }
    }
}
