using Microsoft.AspNetCore.Routing;
using Prometheus;
using RouteApi.Server.Security;

namespace RouteApi.Server.Metrics;

/// <summary>
/// <c>GET /metrics</c>: this server's metrics in the Prometheus text exposition format (OpenMetrics
/// when the scraper asks for it). Like kube-apiserver's it needs a token (401 without one) and
/// <c>get</c> on the non-resource path <c>/metrics</c> (403 otherwise; see
/// <see cref="AuthorizationPolicy.AllowsNonResource"/>).
/// </summary>
internal static class MetricsEndpoints
{
    public const string Path = "/metrics";

    public static IEndpointRouteBuilder MapMetricsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var registry = endpoints.ServiceProvider.GetRequiredService<MetricsRegistry>();
        endpoints.MapMetrics(Path, registry.Registry).WithMetadata(new NonResourceOperation("get", Path));
        return endpoints;
    }
}
