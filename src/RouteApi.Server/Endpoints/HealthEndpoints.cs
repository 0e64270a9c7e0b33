using Microsoft.AspNetCore.Routing;
using RouteApi.Server.Health;

namespace RouteApi.Server.Endpoints;

/// <summary>
/// Maps <c>/livez</c>, <c>/readyz</c> and <c>/healthz</c> (public: no token needed) and one path per
/// check, <c>/readyz/storage</c> and so on (token needed, as in kube-apiserver, because they tell why
/// a check failed). See <see cref="HealthProbe"/> for the answers.
/// </summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        foreach (var probe in endpoints.ServiceProvider.GetRequiredService<HealthProbes>().All)
        {
            endpoints.MapGet("/" + probe.Name, probe.ServeAsync);
            foreach (var check in probe.Checks)
            {
                endpoints.MapGet($"/{probe.Name}/{check.Name}", context => HealthProbe.ServeCheckAsync(context, check));
            }
        }

        return endpoints;
    }
}
