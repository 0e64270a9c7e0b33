using Microsoft.OpenApi;
using RouteApi.Core.Model;

namespace RouteApi.Server.OpenApi;

/// <summary>Registration of the OpenAPI generation (Swashbuckle over the route endpoints and the model).</summary>
internal static class OpenApiServiceCollectionExtensions
{
    public static IServiceCollection AddRouteApiOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc(OpenApiDocuments.GroupDocument, Info("route.openshift.io/v1"));
            options.SwaggerDoc(OpenApiDocuments.LegacyDocument, Info("oapi/v1 (OpenShift 3 legacy path)"));
            options.SwaggerDoc(OpenApiDocuments.AllDocument, Info("route.openshift.io/v1 and oapi/v1"));
            options.DocInclusionPredicate((document, api) => OpenApiDocuments.Includes(document, api.RelativePath));
            options.TagActionsBy(api => [OpenApiDocuments.ApiOf("/" + api.RelativePath)?.IsLegacy == true ? "oapi_v1" : "routeOpenshiftIo_v1"]);
            options.CustomSchemaIds(KubernetesSchemaIds.Of);
            options.UseAllOfToExtendReferenceSchemas();
            options.MapType<IntOrString>(OpenApiExtensions.IntOrStringSchema);
            options.MapType<FieldsV1>(() => new OpenApiSchema { Type = JsonSchemaType.Object });
            options.SchemaFilter<KubernetesSchemaFilter>();
            options.OperationFilter<KubernetesOperationFilter>();
            options.DocumentFilter<IntOrStringDocumentFilter>();
        });
        services.AddSingleton<OpenApiDocuments>();
        return services;
    }

    private static OpenApiInfo Info(string title) => new()
    {
        Title = "RouteApi: OpenShift Route API, " + title,
        Version = RouteApiNames.Version,
    };
}
