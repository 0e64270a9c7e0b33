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
    /// The <c>intstr.IntOrString</c> schema as kube-apiserver publishes it in OpenAPI v3: oneOf
    /// integer or string with format <c>int-or-string</c>, also marked <c>x-kubernetes-int-or-string</c>
    /// (<see cref="IntOrStringDocumentFilter"/> turns each such field into a reference to one shared
    /// component). Swagger 2.0 has no oneOf, so the v2 document rewrites the component to kube's
    /// v2 form (<c>type: string, format: int-or-string</c>).
    /// </summary>
    /// <remarks>
    /// oneOf, not anyOf: Kiota 1.38 generates a reference to a class it never emits for an anyOf
    /// of primitives behind a $ref (the SDK does not compile), and maps kube's oneOf form to an
    /// untyped node that carries either JSON form.
    /// </remarks>
    public static OpenApiSchema IntOrStringSchema() => new()
    {
        Description = "IntOrString is a type that can hold an int32 or a string.  When used in JSON or YAML marshalling and unmarshalling, it produces or consumes the inner type.  This allows you to have, for example, a JSON field that can accept a name or number.",
        OneOf = [new OpenApiSchema { Type = JsonSchemaType.Integer }, new OpenApiSchema { Type = JsonSchemaType.String }],
        Format = "int-or-string",
        Extensions = new Dictionary<string, IOpenApiExtension> { [IntOrString] = new JsonNodeExtension(JsonValue.Create(true)) },
    };
}
