using RouteApi.Core.Model;
using RouteApi.Formats;
using RouteApi.Formats.Json;
using RouteApi.Formats.Protobuf;
using RouteApi.Formats.Yaml;

namespace RouteApi.Server.Http;

/// <summary>
/// Decodes request bodies by <c>Content-Type</c> (JSON, YAML or Kubernetes protobuf) and checks
/// their kind and apiVersion against the endpoint, with kube-apiserver's messages: 400 for a body
/// that is malformed or not in its declared encoding, 413 over 3 MiB, 415 for an unknown type.
/// YAML is read by converting it to JSON, so both follow the same rules.
/// </summary>
internal static class BodyDecoder
{
    /// <summary>
    /// Reads a Route body. With <paramref name="fieldValidation"/> <c>Strict</c>, unknown or duplicate
    /// fields answer 400; with <c>Warn</c> they become <c>Warning</c> headers; <c>Ignore</c> drops them.
    /// </summary>
    public static async Task<Route> ReadRouteAsync(HttpRequest request, ApiPath api, string fieldValidation, CancellationToken cancellationToken)
    {
        var format = ContentNegotiation.ForRequest(request);
        var body = await RequestBody.ReadAsync(request, cancellationToken);
        Route route;
        try
        {
            if (format == WireFormat.Protobuf)
            {
                route = KubernetesProtobuf.Deserialize<Route>(body);
            }
            else
            {
                var json = format == WireFormat.Yaml ? KubernetesYaml.ConvertToJson(body.Span) : body;
                route = KubernetesJson.Deserialize<Route>(json.Span);
                CheckFields(request.HttpContext, json.Span, fieldValidation);
            }
        }
        catch (FormatDecodeException e)
        {
            throw CannotHandle(e.Message);
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

        var format = ContentNegotiation.ForRequest(request);
        DeleteOptions options;
        try
        {
            options = format switch
            {
                WireFormat.Protobuf => KubernetesProtobuf.Deserialize<DeleteOptions>(body),
                WireFormat.Yaml => KubernetesYaml.Deserialize<DeleteOptions>(body.Span),
                _ => KubernetesJson.Deserialize<DeleteOptions>(body.Span),
            };
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

    /// <summary>Applies <c>fieldValidation</c> to a JSON body: 400 for Strict, warnings for Warn.</summary>
    private static void CheckFields(HttpContext context, ReadOnlySpan<byte> json, string fieldValidation)
    {
        if (fieldValidation == "Ignore")
        {
            return;
        }

        var problems = StrictFieldChecker.Check<Route>(json);
        if (problems.Count == 0)
        {
            return;
        }

        if (fieldValidation == "Strict")
        {
            throw CannotHandle(StrictFieldChecker.FormatStrictDecodingError(problems));
        }

        Warnings.Add(context, problems);
    }

    private static StatusException CannotHandle(string reason) =>
        StatusErrors.BadRequest($"Route in version \"{RouteApiNames.Version}\" cannot be handled as a Route: {reason}");

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
