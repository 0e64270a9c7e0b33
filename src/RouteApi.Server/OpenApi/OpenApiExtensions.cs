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
    /// The <c>intstr.IntOrString</c> schema: either JSON form, marked <c>x-kubernetes-int-or-string</c>
    /// (<see cref="IntOrStringDocumentFilter"/> turns each such field into a reference to one shared
    /// component). Swagger 2.0 has no anyOf, so the v2 document rewrites the component to kube's
    /// built-in form (<c>type: string, format: int-or-string</c>).
    /// </summary>
    public static OpenApiSchema IntOrStringSchema() => new()
    {
        Description = "IntOrString is a type that can hold an int32 or a string.  When used in JSON or YAML marshalling and unmarshalling, it produces or consumes the inner type.  This allows you to have, for example, a JSON field that can accept a name or number.",
        AnyOf = [new OpenApiSchema { Type = JsonSchemaType.Integer }, new OpenApiSchema { Type = JsonSchemaType.String }],
        Extensions = new Dictionary<string, IOpenApiExtension> { [IntOrString] = new JsonNodeExtension(JsonValue.Create(true)) },
    };
}
