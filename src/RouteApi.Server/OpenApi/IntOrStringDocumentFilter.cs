using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace RouteApi.Server.OpenApi;

/// <summary>
/// Publishes int-or-string fields as kube-apiserver does: a reference to the shared
/// <c>io.k8s.apimachinery.pkg.util.intstr.IntOrString</c> component, so <c>kubectl explain</c>
/// names the type <c>IntOrString</c> and generated SDKs get one type for it. The component itself
/// accepts either JSON form and carries <c>x-kubernetes-int-or-string</c>.
/// </summary>
internal sealed class IntOrStringDocumentFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var schemas = swaggerDoc.Components?.Schemas;
        if (schemas is null)
        {
            return;
        }

        var used = false;
        foreach (var schema in schemas.Values.OfType<OpenApiSchema>())
        {
            foreach (var (name, property) in schema.Properties?.ToList() ?? [])
            {
                if (property is OpenApiSchema inline && inline.Extensions?.ContainsKey(OpenApiExtensions.IntOrString) == true)
                {
                    // OpenAPI 3.0 ignores siblings of $ref: the field's own description sits beside an allOf.
                    schema.Properties![name] = new OpenApiSchema
                    {
                        AllOf = [new OpenApiSchemaReference(KubernetesSchemaIds.IntOrString, swaggerDoc)],
                        Description = inline.Description,
                    };
                    used = true;
                }
            }
        }

        if (used)
        {
            schemas[KubernetesSchemaIds.IntOrString] = OpenApiExtensions.IntOrStringSchema();
        }
    }
}
