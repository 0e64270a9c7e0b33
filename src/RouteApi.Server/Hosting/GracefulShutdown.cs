using Microsoft.Extensions.Options;

namespace RouteApi.Server.Hosting;

/// <summary>
/// The shutdown sequence of kube-apiserver, in host terms. SIGTERM stops the host, which signals
/// <see cref="IHostApplicationLifetime.ApplicationStopping"/>: from then on <see cref="IsShuttingDown"/>
/// is true and <c>/readyz</c> fails its <c>shutdown</c> check. This service's
/// <see cref="StoppingAsync"/> runs before any hosted service stops, so the server keeps serving
/// everything, watches included, for <see cref="ShutdownOptions.DelayDuration"/>. Then
/// <see cref="Draining"/> fires (open watches end cleanly) and the web server stops: it stops
/// accepting, lets in-flight requests finish, and the watch cache and the store close after it.
/// </summary>
internal sealed partial class GracefulShutdown(IOptions<ShutdownOptions> options, IHostApplicationLifetime lifetime, TimeProvider timeProvider, ILogger<GracefulShutdown> logger)
    : IHostedLifecycleService, IDisposable
{
    private readonly CancellationTokenSource _draining = new();

    /// <summary>True once shutdown has begun.</summary>
    public bool IsShuttingDown => lifetime.ApplicationStopping.IsCancellationRequested;

    /// <summary>Fires when the shutdown delay is over: long-running requests (watches) end now.</summary>
    public CancellationToken Draining => _draining.Token;

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Waits out the shutdown delay (cut short if the grace period runs out), then starts draining.</summary>
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        var delay = options.Value.DelayDuration;
        Log.ShutdownStarted(logger, delay.TotalSeconds, options.Value.GracePeriod.TotalSeconds);
        if (delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(delay, timeProvider, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // The grace period ran out during the delay: drain at once.
            }
        }

        Log.Draining(logger);
        await _draining.CancelAsync();
    }

    // A host stopped without StoppingAsync (it never started) still ends its watches.
    public Task StopAsync(CancellationToken cancellationToken) => _draining.CancelAsync();

    public Task StoppedAsync(CancellationToken cancellationToken)
    {
        Log.Stopped(logger);
        return Task.CompletedTask;
    }

    public void Dispose() => _draining.Dispose();

    private static partial class Log
    {
        [LoggerMessage(EventId = 4710, EventName = nameof(ShutdownStarted), Level = LogLevel.Information,
            Message = "Shutting down: /readyz fails from now on; serving for {DelaySeconds} s more, all within {GraceSeconds} s")]
        public static partial void ShutdownStarted(ILogger logger, double delaySeconds, double graceSeconds);

        [LoggerMessage(EventId = 4711, EventName = nameof(Draining), Level = LogLevel.Information,
            Message = "Shutdown delay over: closing open watches, refusing new connections, finishing in-flight requests")]
        public static partial void Draining(ILogger logger);

        [LoggerMessage(EventId = 4712, EventName = nameof(Stopped), Level = LogLevel.Information,
            Message = "Server stopped; closing the watch cache and the store")]
        public static partial void Stopped(ILogger logger);
    }
}
