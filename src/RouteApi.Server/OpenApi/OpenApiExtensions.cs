using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace RouteApi.Server.OpenApi;

/// <summary>The Kubernetes vendor extensions RouteApi writes, and the int-or-string schema.</summary>
internal static class OpenApiExtensions
{
    public const string GroupVersionKind = "x-kubernetes-group-version-kind";
    public const string Action = "x-kubernetes-action";
    public const string IntOrString = "x-kubernetes-int-or-string";

    /// <summary>
    /// An <c>intstr.IntOrString</c> field, as kube publishes it for custom resources: either JSON
    /// form, marked <c>x-kubernetes-int-or-string</c>. Swagger 2.0 has no anyOf, so the v2 document
    /// rewrites it to kube's built-in form (<c>type: string, format: int-or-string</c>).
    /// </summary>
    public static OpenApiSchema IntOrStringSchema() => new()
    {
        AnyOf = [new OpenApiSchema { Type = JsonSchemaType.Integer }, new OpenApiSchema { Type = JsonSchemaType.String }],
        Extensions = new Dictionary<string, IOpenApiExtension> { [IntOrString] = new JsonNodeExtension(JsonValue.Create(true)) },
    };
}
