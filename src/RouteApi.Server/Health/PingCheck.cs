namespace RouteApi.Server.Health;

/// <summary>kube's <c>ping</c>: passes whenever the server can answer at all.</summary>
internal sealed class PingCheck : IHealthCheck
{
    public string Name => "ping";

    public ValueTask<string?> CheckAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);
}
