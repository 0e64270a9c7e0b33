using Microsoft.Net.Http.Headers;
using RouteApi.Core.Model;
using RouteApi.Formats;
using RouteApi.Formats.Json;

namespace RouteApi.Server.Http;

/// <summary>
/// Decodes request bodies by <c>Content-Type</c> and checks their kind and apiVersion against the
/// endpoint, with kube-apiserver's messages (400 on malformed bodies, 413 over 3 MiB, 415 on an
/// unknown content type).
/// </summary>
internal static class BodyDecoder
{
    private static readonly string[] AcceptedTypes = ["application/json"];

    public static async Task<Route> ReadRouteAsync(HttpRequest request, ApiPath api, CancellationToken cancellationToken)
    {
        CheckContentType(request);
        var body = await RequestBody.ReadAsync(request, cancellationToken);
        Route route;
        try
        {
            route = KubernetesJson.Deserialize<Route>(body.Span);
        }
        catch (FormatDecodeException e)
        {
            throw StatusErrors.BadRequest($"Route in version \"{RouteApiNames.Version}\" cannot be handled as a Route: {e.Message}");
        }

        CheckTypeMeta(route.Kind, route.ApiVersion, api);
        return route;
    }

    /// <summary>Reads DeleteOptions from the body; null when the body is empty.</summary>
    public static async Task<DeleteOptions?> ReadDeleteOptionsAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadAsync(request, cancellationToken);
        if (body.IsEmpty)
        {
            return null;
        }

        CheckContentType(request);
        DeleteOptions options;
        try
        {
            options = KubernetesJson.Deserialize<DeleteOptions>(body.Span);
        }
        catch (FormatDecodeException e)
        {
            throw StatusErrors.BadRequest($"DeleteOptions in version \"v1\" cannot be handled as a DeleteOptions: {e.Message}");
        }

        // kubectl sends no kind/apiVersion, client-go's dynamic client sends v1, others meta.k8s.io/v1.
        if (options.Kind is { Length: > 0 } kind && kind != "DeleteOptions")
        {
            throw StatusErrors.BadRequest($"the object provided is unrecognized (must be of type DeleteOptions): no kind \"{kind}\" is registered for version \"{options.ApiVersion}\"");
        }

        return options;
    }

    private static void CheckContentType(HttpRequest request)
    {
        var contentType = request.ContentType;
        if (string.IsNullOrEmpty(contentType))
        {
            return;
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed)
            || !AcceptedTypes.Contains(parsed.MediaType.ToString(), StringComparer.OrdinalIgnoreCase))
        {
            throw StatusErrors.UnsupportedMediaType(AcceptedTypes);
        }
    }

    private static void CheckTypeMeta(string? kind, string? apiVersion, ApiPath api)
    {
        if (!string.IsNullOrEmpty(kind) && kind != RouteApiNames.Kind)
        {
            throw StatusErrors.BadRequest(
                $"the object provided is unrecognized (must be of type Route): no kind \"{kind}\" is registered for version \"{apiVersion}\"");
        }

        if (!string.IsNullOrEmpty(apiVersion) && apiVersion != api.ApiVersion)
        {
            throw StatusErrors.BadRequest(
                $"the API version in the data ({apiVersion}) does not match the expected API version ({api.ApiVersion})");
        }
    }
}
