using Microsoft.AspNetCore.Routing;
namespace RouteApi.Server.Endpoints;

/// <summary><c>/healthz</c>, <c>/livez</c> and <c>/readyz</c>: 200 <c>ok</c> while the server is serving.</summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        foreach (var path in new[] { "/healthz", "/livez", "/readyz" })
        {
            endpoints.MapGet(path, () => Results.Text("ok", "text/plain; charset=utf-8"));
        }

        return endpoints;
    }
}
