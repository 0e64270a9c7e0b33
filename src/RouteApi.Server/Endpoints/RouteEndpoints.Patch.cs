using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Net.Http.Headers;
using RouteApi.Core.Validation;
using RouteApi.Formats;
using RouteApi.Formats.Json;
using RouteApi.Formats.Yaml;
using RouteApi.Server.Http;
using RouteApi.Server.Registry;
using RouteApi.Server.Security;

namespace RouteApi.Server.Endpoints;

internal static partial class RouteEndpoints
{
    private static readonly Dictionary<string, PatchType> PatchTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["application/json-patch+json"] = PatchType.Json,
        ["application/merge-patch+json"] = PatchType.Merge,
        ["application/strategic-merge-patch+json"] = PatchType.StrategicMerge,
        ["application/apply-patch+yaml"] = PatchType.Apply,
    };

    private static Task<IResult> PatchAsync(HttpContext context, RouteRegistry registry, string @namespace, string name, CancellationToken cancellationToken) =>
        PatchCoreAsync(context, registry, KeyOf(@namespace, name), UpdateKind.Main, cancellationToken);

    private static Task<IResult> PatchStatusAsync(HttpContext context, RouteRegistry registry, string @namespace, string name, CancellationToken cancellationToken) =>
        PatchCoreAsync(context, registry, KeyOf(@namespace, name), UpdateKind.Status, cancellationToken);

    private static async Task<IResult> PatchCoreAsync(HttpContext context, RouteRegistry registry, Core.Model.ResourceKey key, UpdateKind kind, CancellationToken cancellationToken)
    {
        ContentNegotiation.ForResponse(context);
        var api = Api(context);
        var type = PatchTypeOf(context.Request);
        var options = CustomHostAccess.For(context, PatchOptions(context, type, key), key.Namespace);
        var body = await RequestBody.ReadAsync(context.Request, cancellationToken);
        var result = await registry.PatchAsync(api, key, ParsePatch(type, body), options, kind, cancellationToken);
        Warnings.Add(context, result.Warnings);
        return Ok(ToWire(api, result.Route), result.Created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    /// <summary>
    /// The PatchOptions: <c>fieldManager</c> is required for apply (422) and <c>force</c> is allowed
    /// only there (422 Forbidden otherwise), as kube's <c>ValidatePatchOptions</c> rules.
    /// </summary>
    private static WriteOptions PatchOptions(HttpContext context, PatchType type, Core.Model.ResourceKey key)
    {
        var options = WriteOptions.ForRequest(context.Request, "PatchOptions");
        var query = context.Request.Query;
        if (type != PatchType.Apply)
        {
            return query.ContainsKey("force")
                ? throw StatusErrors.InvalidOptions("PatchOptions", [FieldError.Forbidden("force", "may not be specified for non-apply patch")])
                : options;
        }

        if (options.FieldManager is null)
        {
            throw StatusErrors.InvalidOptions("PatchOptions", [FieldError.Required("fieldManager", "is required for apply patch")]);
        }

        var force = query["force"].ToString();
        if (force.Length > 0 && !bool.TryParse(force, out _))
        {
            throw StatusErrors.BadRequest($"strconv.ParseBool: parsing \"{force}\": invalid syntax");
        }

        var user = AuthenticationMiddleware.UserOf(context);
        var policy = context.RequestServices.GetRequiredService<SecurityState>().Policy;
        var api = Api(context);
        return options with
        {
            Force = force.Length > 0 && bool.Parse(force),
            CreateDenial = name =>
            {
                var create = new AccessRequest("create", api.Group, Core.Model.RouteApiNames.Resource, string.Empty, key.Namespace, name);
                return user is null || policy.Allows(user, create) ? null : AuthorizationMiddleware.Forbidden(user, create, api);
            },
        };
    }

    /// <summary>The patch type from the Content-Type (parameters ignored); anything else answers 415.</summary>
    private static PatchType PatchTypeOf(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            && PatchTypes.TryGetValue(contentType.MediaType.ToString(), out var type)
            ? type
            : throw StatusErrors.UnsupportedMediaType(PatchTypes.Keys);

    /// <summary>Parses the patch document; merge and strategic merge patches may also be YAML, as upstream allows.</summary>
    private static PatchRequest ParsePatch(PatchType type, ReadOnlyMemory<byte> body)
    {
        JsonNode? document;
        try
        {
            document = JsonNode.Parse(body.Span, documentOptions: new JsonDocumentOptions { MaxDepth = KubernetesJson.MaxDepth });
        }
        catch (JsonException e) when (type == PatchType.Json)
        {
            throw StatusErrors.BadRequest("the patch is not a valid JSON document: " + e.Message);
        }
        catch (JsonException)
        {
            document = ParseYamlPatch(body);
        }

        return document is null
            ? throw StatusErrors.BadRequest("the patch is not a valid JSON document: it is null")
            : new PatchRequest(type, document, Encoding.UTF8.GetString(body.Span));
    }

    private static JsonObject ParseYamlPatch(ReadOnlyMemory<byte> body)
    {
        try
        {
            return KubernetesYaml.ToJsonNode(body.Span);
        }
        catch (FormatDecodeException e)
        {
            throw StatusErrors.BadRequest("the patch is not a valid JSON or YAML document: " + e.Message);
        }
    }
}
