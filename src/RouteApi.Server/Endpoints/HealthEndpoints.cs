using Microsoft.AspNetCore.Routing;
using RouteApi.Storage;
using RouteApi.Storage.Caching;
using Route = RouteApi.Core.Model.Route;

namespace RouteApi.Server.Endpoints;

/// <summary>
/// <c>/livez</c> answers 200 <c>ok</c> while the process serves; <c>/readyz</c> and <c>/healthz</c>
/// answer 200 <c>ok</c> only when the store is reachable (with quorum) and the watch cache has
/// listed it, and 503 otherwise, so load balancers stop sending requests while storage is down.
/// </summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/livez", () => Results.Text("ok", "text/plain; charset=utf-8"));
        endpoints.MapGet("/readyz", ReadyAsync);
        endpoints.MapGet("/healthz", ReadyAsync);
        return endpoints;
    }

    private static async Task<IResult> ReadyAsync(IStore store, WatchCache<Route> cache, CancellationToken cancellationToken)
    {
        var ready = cache.Ready.IsCompletedSuccessfully && await store.IsHealthyAsync(cancellationToken);
        return ready
            ? Results.Text("ok", "text/plain; charset=utf-8")
            : Results.Text("storage is not ready", "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
