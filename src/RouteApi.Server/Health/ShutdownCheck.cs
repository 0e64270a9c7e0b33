using RouteApi.Server.Hosting;

namespace RouteApi.Server.Health;

/// <summary>
/// kube's <c>shutdown</c> readiness check: fails from the moment shutdown begins (SIGTERM), so load
/// balancers take the server out of rotation during the shutdown delay while it still serves.
/// </summary>
internal sealed class ShutdownCheck(GracefulShutdown shutdown) : IHealthCheck
{
    public string Name => "shutdown";

    public ValueTask<string?> CheckAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(shutdown.IsShuttingDown ? "process is shutting down" : null);
}
