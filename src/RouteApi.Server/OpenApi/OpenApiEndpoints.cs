using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using RouteApi.Server.Http;

namespace RouteApi.Server.OpenApi;

/// <summary>
/// <c>/openapi/v3</c> (the index kubectl reads: <c>{"paths":{"apis/route.openshift.io/v1":{"serverRelativeURL":"…?hash=…"}}}</c>),
/// <c>/openapi/v3/apis/route.openshift.io/v1</c>, <c>/openapi/v3/oapi/v1</c>, <c>/openapi/v2</c>
/// (Swagger 2.0 JSON only: a protobuf-only Accept gets 406), and Swagger UI at <c>/swagger</c>.
/// A document asked for with its current <c>hash</c> is immutable and cached publicly; an old hash
/// is redirected to the current one, as kube-openapi does; ETag and If-None-Match work throughout.
/// </summary>
internal static class OpenApiEndpoints
{
    private const string V3Prefix = "/openapi/v3/";

    public static IEndpointRouteBuilder MapOpenApiEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/openapi/v3", WriteIndexAsync).ExcludeFromDescription();
        endpoints.MapGet("/openapi/v3/{**path}", WriteV3Async).ExcludeFromDescription();
        endpoints.MapGet("/openapi/v2", WriteV2Async).ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>Serves Swagger UI at <c>/swagger</c> over the two v3 documents.</summary>
    public static IApplicationBuilder UseRouteApiSwaggerUi(this IApplicationBuilder app) => app.UseSwaggerUI(options =>
    {
        options.RoutePrefix = "swagger";
        options.DocumentTitle = "RouteApi";
        foreach (var path in OpenApiDocuments.V3Paths.Keys)
        {
            options.SwaggerEndpoint(V3Prefix + path, path);
        }
    });

    private static Task WriteIndexAsync(HttpContext context, OpenApiDocuments documents)
    {
        var paths = new JsonObject();
        foreach (var (path, document) in documents.AllV3)
        {
            paths[path] = new JsonObject { ["serverRelativeURL"] = $"{V3Prefix}{path}?hash={document.Hash}" };
        }

        var body = System.Text.Encoding.UTF8.GetBytes(new JsonObject { ["paths"] = paths }.ToJsonString());
        context.Response.Headers.CacheControl = "no-cache, private";
        return EncodedResult.WriteAsync(context, OutputFormat.Json, body, StatusCodes.Status200OK);
    }

    private static Task WriteV3Async(HttpContext context, OpenApiDocuments documents, string path)
    {
        var document = documents.V3(path) ?? throw StatusErrors.NotFoundPath();
        var requested = context.Request.Query["hash"].ToString();
        if (requested.Length > 0 && requested != document.Hash)
        {
            context.Response.Headers.CacheControl = "no-cache, private";
            context.Response.Redirect($"{V3Prefix}{path}?hash={document.Hash}", permanent: true);
            return Task.CompletedTask;
        }

        return WriteDocumentAsync(context, document, immutable: requested.Length > 0);
    }

    private static Task WriteV2Async(HttpContext context, OpenApiDocuments documents)
    {
        if (!AcceptsJson(context.Request.Headers.Accept))
        {
            throw StatusErrors.NotAcceptable("only the following media types are accepted: application/json");
        }

        return WriteDocumentAsync(context, documents.V2, immutable: false);
    }

    private static Task WriteDocumentAsync(HttpContext context, SerializedDocument document, bool immutable)
    {
        var etag = "\"" + document.Hash + "\"";
        var response = context.Response;
        response.Headers.ETag = etag;
        response.Headers.CacheControl = immutable ? "public, immutable" : "no-cache, private";
        if (context.Request.Headers.IfNoneMatch.Contains(etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        return EncodedResult.WriteAsync(context, OutputFormat.Json, document.Json, StatusCodes.Status200OK);
    }

    private static bool AcceptsJson(StringValues accept) =>
        StringValues.IsNullOrEmpty(accept)
        || (MediaTypeHeaderValue.TryParseList(accept, out var clauses)
            && clauses.Any(c => c.Quality is not 0 && c.MediaType.Value?.ToLowerInvariant() is "application/json" or "*/*" or "application/*"));
}
