using System.Security.Cryptography;
using Microsoft.AspNetCore.Routing;
using RouteApi.Core.Model;
using RouteApi.Formats.Json;
using RouteApi.Server.Discovery;
using RouteApi.Server.Http;

namespace RouteApi.Server.Endpoints;

/// <summary>
/// Discovery and <c>/version</c>: <c>/api</c>, <c>/apis</c>, <c>/apis/route.openshift.io</c>,
/// <c>/apis/route.openshift.io/v1</c>, the legacy <c>/oapi</c> and <c>/oapi/v1</c>, in JSON or YAML.
/// <c>/api</c> and <c>/apis</c> also serve aggregated discovery (<see cref="AggregatedDiscovery"/>)
/// with an ETag, <c>Vary: Accept</c> and 304 on a matching <c>If-None-Match</c>, as kube does;
/// a client whose first clause is plain gets the plain document (k8s-api-conventions §9.2).
/// </summary>
internal static class DiscoveryEndpoints
{
    public static IEndpointRouteBuilder MapDiscoveryEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api", context => AggregatedDiscovery.Negotiate(context.Request.Headers.Accept) is { } version
            ? WriteAggregatedAsync(context, AggregatedDiscovery.Api(version), version)
            : WriteAsync(context, DiscoveryDocuments.Api(ServerAddress(context)))).ExcludeFromDescription();
        endpoints.MapGet("/apis", context => AggregatedDiscovery.Negotiate(context.Request.Headers.Accept) is { } version
            ? WriteAggregatedAsync(context, AggregatedDiscovery.Apis(version), version)
            : WriteAsync(context, DiscoveryDocuments.Groups())).ExcludeFromDescription();
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

    private static Task WriteAggregatedAsync(HttpContext context, APIGroupDiscoveryList document, string version)
    {
        var body = KubernetesJson.SerializeToBytes(document);
        var etag = "\"" + Convert.ToHexString(SHA256.HashData(body)) + "\"";
        var response = context.Response;
        response.Headers.ETag = etag;
        response.Headers.Vary = "Accept";
        if (context.Request.Headers.IfNoneMatch.Contains(etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        var format = new OutputFormat(WireFormat.Json, Pretty: false, AggregatedDiscovery.ContentType(version));
        return EncodedResult.WriteAsync(context, format, body, StatusCodes.Status200OK);
    }

    // kube writes /version as indented JSON whatever the Accept header says (responsewriters.WriteRawJSON).
    private static Task WriteVersionAsync(HttpContext context) =>
        EncodedResult.WriteAsync(context, OutputFormat.Json, KubernetesJson.SerializeToBytes(ServerVersion.Info, pretty: true), StatusCodes.Status200OK);

    private static string ServerAddress(HttpContext context) => context.Request.Host.HasValue ? context.Request.Host.Value! : string.Empty;
}
