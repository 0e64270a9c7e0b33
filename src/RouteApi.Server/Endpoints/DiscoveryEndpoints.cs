using Microsoft.AspNetCore.Routing;
using RouteApi.Core.Model;
using RouteApi.Formats.Json;
using RouteApi.Server.Discovery;
using RouteApi.Server.Http;

namespace RouteApi.Server.Endpoints;

/// <summary>
/// Discovery and <c>/version</c>: <c>/api</c>, <c>/apis</c>, <c>/apis/route.openshift.io</c>,
/// <c>/apis/route.openshift.io/v1</c>, the legacy <c>/oapi</c> and <c>/oapi/v1</c>, in JSON or YAML.
/// Aggregated discovery (<c>as=APIGroupDiscoveryList</c>) is not served: those Accept clauses are
/// passed over and the plain document is answered as <c>application/json</c>, from which client-go
/// falls back to per-group-version requests (k8s-api-conventions §9.2).
/// </summary>
internal static class DiscoveryEndpoints
{
    public static IEndpointRouteBuilder MapDiscoveryEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api", context => WriteAsync(context, DiscoveryDocuments.Api(ServerAddress(context)))).ExcludeFromDescription();
        endpoints.MapGet("/apis", context => WriteAsync(context, DiscoveryDocuments.Groups())).ExcludeFromDescription();
        endpoints.MapGet("/apis/" + RouteApiNames.Group, context => WriteAsync(context, DiscoveryDocuments.RouteGroup())).ExcludeFromDescription();
        endpoints.MapGet("/apis/" + RouteApiNames.GroupVersion, context => WriteAsync(context, DiscoveryDocuments.RouteResources())).ExcludeFromDescription();
        endpoints.MapGet("/oapi", context => WriteAsync(context, DiscoveryDocuments.Oapi(ServerAddress(context)))).ExcludeFromDescription();
        endpoints.MapGet("/oapi/v1", context => WriteAsync(context, DiscoveryDocuments.LegacyResources())).ExcludeFromDescription();
        endpoints.MapGet("/version", WriteVersionAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static Task WriteAsync<T>(HttpContext context, T document)
        where T : class
    {
        var format = ContentNegotiation.ForDiscovery(context.Request)
            ?? throw StatusErrors.NotAcceptable("only the following media types are accepted: application/json, application/yaml");
        return ObjectResult<T>.WriteAsync(context, format, document, StatusCodes.Status200OK);
    }

    // kube writes /version as indented JSON whatever the Accept header says (responsewriters.WriteRawJSON).
    private static Task WriteVersionAsync(HttpContext context) =>
        EncodedResult.WriteAsync(context, OutputFormat.Json, KubernetesJson.SerializeToBytes(ServerVersion.Info, pretty: true), StatusCodes.Status200OK);

    private static string ServerAddress(HttpContext context) => context.Request.Host.HasValue ? context.Request.Host.Value! : string.Empty;
}
