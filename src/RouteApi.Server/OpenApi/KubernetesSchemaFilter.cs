using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using RouteApi.Core.Model;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace RouteApi.Server.OpenApi;

/// <summary>
/// Gives the schemas generated from the model what Kubernetes clients read in them: the upstream
/// descriptions (<see cref="FieldDocs"/>) on types and fields, the required fields and enums of
/// openshift/api, no <c>nullable</c> (Go's omitempty fields are simply optional), and
/// <c>x-kubernetes-group-version-kind</c> on Route, RouteList and Status — with group
/// <c>route.openshift.io</c> in the group document, <c>""</c> in the <c>/oapi/v1</c> one, both in v2.
/// </summary>
internal sealed class KubernetesSchemaFilter : ISchemaFilter
{
    private static readonly Dictionary<Type, string[]> Required = new()
    {
        [typeof(Route)] = ["spec"],
        [typeof(RouteList)] = ["items"],
        [typeof(RouteSpec)] = ["to"],
        [typeof(RouteTargetReference)] = ["kind", "name"],
        [typeof(RoutePort)] = ["targetPort"],
        [typeof(TlsConfig)] = ["termination"],
        [typeof(RouteIngressCondition)] = ["type", "status"],
        [typeof(RouteHttpHeader)] = ["name", "action"],
        [typeof(RouteHttpHeaderActionUnion)] = ["type"],
        [typeof(RouteSetHttpHeader)] = ["value"],
        [typeof(OwnerReference)] = ["apiVersion", "kind", "name", "uid"],
    };

    private static readonly Dictionary<(Type, string), string[]> Enums = new()
    {
        [(typeof(RouteSpec), "wildcardPolicy")] = ["None", "Subdomain"],
        [(typeof(RouteIngress), "wildcardPolicy")] = ["None", "Subdomain"],
        [(typeof(TlsConfig), "termination")] = ["edge", "passthrough", "reencrypt"],
        [(typeof(TlsConfig), "insecureEdgeTerminationPolicy")] = ["Allow", "None", "Redirect"],
        [(typeof(RouteHttpHeaderActionUnion), "type")] = ["Set", "Delete"],
    };

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema target || context.MemberInfo is not null || context.ParameterInfo is not null)
        {
            return;
        }

        var type = context.Type;
        if (FieldDocs.IsDocumented(type))
        {
            target.Description = FieldDocs.Describe(type, string.Empty);
        }

        if (target.Properties is { } properties)
        {
            foreach (var name in properties.Keys.ToList())
            {
                properties[name] = Describe(properties[name], type, name);
            }
        }

        target.Required = Required.TryGetValue(type, out var required) ? new HashSet<string>(required, StringComparer.Ordinal) : null;
        if (GroupVersionKinds(type, context.DocumentName) is { } gvks)
        {
            target.Extensions ??= new Dictionary<string, IOpenApiExtension>();
            target.Extensions[OpenApiExtensions.GroupVersionKind] = new JsonNodeExtension(gvks);
        }
    }

    /// <summary>The <c>x-kubernetes-group-version-kind</c> list of a top-level kind in one document; null for other types.</summary>
    public static JsonArray? GroupVersionKinds(Type type, string? documentName)
    {
        string? kind = type == typeof(Route) ? RouteApiNames.Kind : type == typeof(RouteList) ? RouteApiNames.ListKind : null;
        if (type == typeof(Status))
        {
            return [Gvk(string.Empty, "Status")];
        }

        return kind is null ? null : documentName switch
        {
            OpenApiDocuments.GroupDocument => [Gvk(RouteApiNames.Group, kind)],
            OpenApiDocuments.LegacyDocument => [Gvk(string.Empty, kind)],
            _ => [Gvk(string.Empty, kind), Gvk(RouteApiNames.Group, kind)],
        };
    }

    private static JsonObject Gvk(string group, string kind) => new() { ["group"] = group, ["kind"] = kind, ["version"] = RouteApiNames.Version };

    private static IOpenApiSchema Describe(IOpenApiSchema property, Type owner, string name)
    {
        var description = FieldDocs.Describe(owner, name);
        switch (property)
        {
            case OpenApiSchemaReference reference:
                // OpenAPI 3.0 ignores siblings of $ref: wrap it in allOf, as kube's v3 documents do.
                return string.IsNullOrEmpty(description) ? reference : new OpenApiSchema { AllOf = [reference], Description = description };
            case OpenApiSchema schema:
                if (schema.Type is { } type)
                {
                    schema.Type = type & ~JsonSchemaType.Null;
                }

                if (!string.IsNullOrEmpty(description))
                {
                    schema.Description = description;
                }

                if (Enums.TryGetValue((owner, name), out var values))
                {
                    schema.Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))];
                }

                return schema;
            default:
                return property;
        }
    }
}
