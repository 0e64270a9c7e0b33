using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using RouteApi.Core.Model;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace RouteApi.Server.OpenApi;

/// <summary>
/// Describes each route endpoint the way kube-apiserver does (operationId, action, parameters,
/// bodies and responses in JSON, YAML and protobuf), with the model schemas for bodies. Every
/// operation carries the operation-level <c>x-kubernetes-group-version-kind</c> object, and the
/// writes list <c>fieldValidation</c>: that is what kubectl's <c>--validate=strict</c> looks for to
/// trust server-side validation (k8s-api-conventions §9.4). PATCH accepts JSON patch and merge
/// patch; strategic merge patch is served but not advertised, since the Route schema carries no
/// patch-strategy markers (§7.5) — kubectl's client-side apply then sends merge patches.
/// </summary>
internal sealed class KubernetesOperationFilter : IOperationFilter
{
    private static readonly string[] ObjectTypes = ["application/json", "application/yaml", "application/vnd.kubernetes.protobuf"];
    private static readonly string[] WatchTypes = [.. ObjectTypes, "application/json;stream=watch", "application/vnd.kubernetes.protobuf;stream=watch"];
    private static readonly string[] PatchTypes = ["application/json-patch+json", "application/merge-patch+json"];

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var relative = "/" + (context.ApiDescription.RelativePath ?? string.Empty).TrimEnd('/');
        var api = OpenApiDocuments.ApiOf(relative);
        var shape = api is null ? null : RouteOperation.Find(context.ApiDescription.HttpMethod ?? string.Empty, relative[api.Prefix.Length..]);
        if (api is null || shape is null)
        {
            return;
        }

        operation.OperationId = shape.OperationId(api.IsLegacy);
        operation.Description = shape.Description;
        operation.Parameters = [.. Parameters(shape, api.IsLegacy)];
        operation.RequestBody = RequestBody(shape, context);
        operation.Responses = Responses(shape, context);
        operation.Extensions = new Dictionary<string, IOpenApiExtension>
        {
            [OpenApiExtensions.Action] = new JsonNodeExtension(JsonValue.Create(shape.Action)),
            [OpenApiExtensions.GroupVersionKind] = new JsonNodeExtension(new JsonObject
            {
                ["group"] = api.Group,
                ["kind"] = RouteApiNames.Kind,
                ["version"] = RouteApiNames.Version,
            }),
        };
    }

    private static IEnumerable<IOpenApiParameter> Parameters(RouteOperation shape, bool legacy)
    {
        if (shape.HasName)
        {
            yield return OperationParameters.Name();
        }

        if (shape.HasNamespace)
        {
            yield return OperationParameters.Namespace();
        }

        yield return OperationParameters.Pretty();
        var parameters = shape.Action switch
        {
            "list" or "watch" or "watchlist" => OperationParameters.List(),
            "post" or "put" => OperationParameters.Write(patch: false),
            "patch" => OperationParameters.Write(patch: true),
            "delete" => OperationParameters.Delete(),
            "deletecollection" => OperationParameters.List().Concat(OperationParameters.Delete()),
            "get" when legacy && shape.Noun == "NamespacedRoute" => OperationParameters.Export(),
            _ => [],
        };
        foreach (var parameter in parameters)
        {
            yield return parameter;
        }
    }

    private static OpenApiRequestBody? RequestBody(RouteOperation shape, OperationFilterContext context) => shape.Action switch
    {
        "post" or "put" => Body(Schema<Route>(context), ObjectTypes, required: true),
        "patch" => Body(PatchSchema(context), PatchTypes, required: true),
        "delete" or "deletecollection" => Body(Schema<DeleteOptions>(context), ObjectTypes, required: false),
        _ => null,
    };

    private static OpenApiResponses Responses(RouteOperation shape, OperationFilterContext context)
    {
        var responses = new OpenApiResponses();
        switch (shape.Action)
        {
            case "list":
                responses["200"] = Response(Schema<RouteList>(context), WatchTypes);
                break;
            case "watch" or "watchlist":
                responses["200"] = Response(WatchEventSchema(context), WatchTypes);
                break;
            case "get":
                responses["200"] = Response(Schema<Route>(context), ObjectTypes);
                break;
            case "post":
                responses["200"] = Response(Schema<Route>(context), ObjectTypes);
                responses["201"] = Response(Schema<Route>(context), ObjectTypes, "Created");
                responses["202"] = Response(Schema<Route>(context), ObjectTypes, "Accepted");
                break;
            case "put" or "patch":
                responses["200"] = Response(Schema<Route>(context), ObjectTypes);
                responses["201"] = Response(Schema<Route>(context), ObjectTypes, "Created");
                break;
            case "delete":
                responses["200"] = Response(Schema<Status>(context), ObjectTypes);
                responses["202"] = Response(Schema<Status>(context), ObjectTypes, "Accepted");
                break;
            case "deletecollection":
                responses["200"] = Response(Schema<RouteList>(context), ObjectTypes);
                break;
        }

        responses["401"] = new OpenApiResponse { Description = "Unauthorized" };
        return responses;
    }

    private static IOpenApiSchema Schema<T>(OperationFilterContext context) => context.SchemaGenerator.GenerateSchema(typeof(T), context.SchemaRepository, null, null, null);

    private static OpenApiSchemaReference PatchSchema(OperationFilterContext context) => Definition(context, KubernetesSchemaIds.Patch, () => new OpenApiSchema
    {
        Type = JsonSchemaType.Object,
        Description = "Patch is provided to give a concrete name and type to the Kubernetes PATCH request body.",
    });

    private static OpenApiSchemaReference WatchEventSchema(OperationFilterContext context) => Definition(context, KubernetesSchemaIds.WatchEvent, () => new OpenApiSchema
    {
        Type = JsonSchemaType.Object,
        Description = "Event represents a single event to a watched resource.",
        Required = new HashSet<string>(["type", "object"], StringComparer.Ordinal),
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "ADDED, MODIFIED, DELETED, BOOKMARK or ERROR." },
            ["object"] = new OpenApiSchema { Type = JsonSchemaType.Object, Description = "Object is:\n * If Type is Added or Modified: the new state of the object.\n * If Type is Deleted: the state of the object immediately before deletion.\n * If Type is Error: *Status is recommended; other types may make sense\n   depending on context." },
        },
    });

    private static OpenApiSchemaReference Definition(OperationFilterContext context, string id, Func<OpenApiSchema> create)
    {
        if (!context.SchemaRepository.Schemas.ContainsKey(id))
        {
            context.SchemaRepository.AddDefinition(id, create());
        }

        return new OpenApiSchemaReference(id, context.Document);
    }

    private static OpenApiRequestBody Body(IOpenApiSchema schema, IEnumerable<string> types, bool required) => new()
    {
        Required = required,
        Content = types.ToDictionary(t => t, IOpenApiMediaType (_) => new OpenApiMediaType { Schema = schema }),
    };

    private static OpenApiResponse Response(IOpenApiSchema schema, IEnumerable<string> types, string description = "OK") => new()
    {
        Description = description,
        Content = types.ToDictionary(t => t, IOpenApiMediaType (_) => new OpenApiMediaType { Schema = schema }),
    };
}
