using RouteApi.Server.RouterStatus;

namespace RouteApi.Server.Health;

/// <summary>
/// <c>router-status</c> (only when <c>--router-name</c> configures routers): passes once every
/// router's controller has started, i.e. has run its first full pass over the routes, or stands by
/// because another replica holds that router's lease.
/// </summary>
internal sealed class RouterStatusCheck(IReadOnlyList<string> routers, RouterStatusReadiness readiness) : IHealthCheck
{
    public string Name => "router-status";

    public ValueTask<string?> CheckAsync(CancellationToken cancellationToken)
    {
        var waiting = routers.Where(r => !readiness.HasStarted(r)).ToList();
        return ValueTask.FromResult(waiting.Count == 0 ? null : $"{waiting.Count} router controllers not started yet: {string.Join(",", waiting)}");
    }
}
