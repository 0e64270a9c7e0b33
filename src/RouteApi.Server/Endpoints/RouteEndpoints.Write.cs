using RouteApi.Core.Model;
using RouteApi.Server.Http;
using RouteApi.Server.Registry;
using RouteApi.Server.Security;

namespace RouteApi.Server.Endpoints;

internal static partial class RouteEndpoints
{
    private static Task<IResult> CreateAnywhereAsync(HttpContext context, RouteRegistry registry, CancellationToken cancellationToken) =>
        CreateCoreAsync(context, registry, null, cancellationToken);

    private static Task<IResult> CreateAsync(HttpContext context, RouteRegistry registry, string @namespace, CancellationToken cancellationToken) =>
        CreateCoreAsync(context, registry, @namespace, cancellationToken);

    private static async Task<IResult> CreateCoreAsync(HttpContext context, RouteRegistry registry, string? @namespace, CancellationToken cancellationToken)
    {
        // kube-apiserver negotiates the response before it acts: an Accept it cannot serve answers 406 and changes nothing.
        ContentNegotiation.ForResponse(context);
        var api = Api(context);
        var options = WriteOptions.ForRequest(context.Request, "CreateOptions");
        var route = await BodyDecoder.ReadRouteAsync(context.Request, api, options.FieldValidation, cancellationToken);
        route = BindNamespace(route, @namespace);

        // Named before the write, so a create that fails validation is audited with its name too.
        AuditMiddleware.SetName(context, route.Metadata.Name);
        options = CustomHostAccess.For(context, options, route.Metadata.Namespace!);
        var created = await registry.CreateAsync(api, route, options, cancellationToken);
        AuditMiddleware.SetName(context, created.Metadata.Name);
        return Ok(ToWire(api, created), StatusCodes.Status201Created);
    }

    private static Task<IResult> ReplaceAsync(HttpContext context, RouteRegistry registry, string @namespace, string name, CancellationToken cancellationToken) =>
        ReplaceCoreAsync(context, registry, KeyOf(@namespace, name), status: false, cancellationToken);

    private static Task<IResult> ReplaceStatusAsync(HttpContext context, RouteRegistry registry, string @namespace, string name, CancellationToken cancellationToken) =>
        ReplaceCoreAsync(context, registry, KeyOf(@namespace, name), status: true, cancellationToken);

    private static async Task<IResult> ReplaceCoreAsync(HttpContext context, RouteRegistry registry, ResourceKey key, bool status, CancellationToken cancellationToken)
    {
        ContentNegotiation.ForResponse(context);
        var api = Api(context);
        var options = CustomHostAccess.For(context, WriteOptions.ForRequest(context.Request, "UpdateOptions"), key.Namespace);
        var route = await BodyDecoder.ReadRouteAsync(context.Request, api, options.FieldValidation, cancellationToken);
        route = BindNamespace(route, key.Namespace);
        if (route.Metadata.Name != key.Name)
        {
            throw StatusErrors.BadRequest($"the name of the object ({route.Metadata.Name}) does not match the name on the URL ({key.Name})");
        }

        var updated = status
            ? await registry.UpdateStatusAsync(api, key, route, options, cancellationToken)
            : await registry.UpdateAsync(api, key, route, options, cancellationToken);
        return Ok(ToWire(api, updated));
    }

    private static async Task<IResult> DeleteAsync(HttpContext context, RouteRegistry registry, string @namespace, string name, CancellationToken cancellationToken)
    {
        ContentNegotiation.ForResponse(context);
        var api = Api(context);
        var key = KeyOf(@namespace, name);
        var options = await DeleteOptionsBinder.ReadAsync(context.Request, cancellationToken);
        var result = await registry.DeleteAsync(api, key, options, cancellationToken);
        if (!result.Removed)
        {
            return Ok(ToWire(api, result.Route), StatusCodes.Status202Accepted);
        }

        return new StatusResult(new Status
        {
            Result = "Success",
            Details = new StatusDetails { Name = key.Name, Group = api.DetailsGroup, Kind = RouteApiNames.Resource, Uid = result.Route.Metadata.Uid },
        });
    }

    private static async Task<IResult> DeleteCollectionAsync(HttpContext context, RouteRegistry registry, string @namespace, CancellationToken cancellationToken)
    {
        ContentNegotiation.ForResponse(context);
        var api = Api(context);
        var listOptions = ListOptions.Parse(context.Request.Query, api);
        var options = await DeleteOptionsBinder.ReadAsync(context.Request, cancellationToken);
        var deleted = await registry.DeleteCollectionAsync(api, @namespace, listOptions, options, cancellationToken);
        return Ok(ToWire(api, deleted));
    }

    /// <summary>The namespace of the URL wins; a body naming another one answers 400.</summary>
    private static Route BindNamespace(Route route, string? @namespace)
    {
        var bodyNamespace = route.Metadata.Namespace;
        if (@namespace is null)
        {
            return string.IsNullOrEmpty(bodyNamespace)
                ? throw StatusErrors.BadRequest("the namespace of the object must be set in metadata.namespace when it is created through the all-namespaces path")
                : route;
        }

        if (!string.IsNullOrEmpty(bodyNamespace) && bodyNamespace != @namespace)
        {
            throw StatusErrors.BadRequest("the namespace of the provided object does not match the namespace sent on the request");
        }

        return route with { Metadata = route.Metadata with { Namespace = @namespace } };
    }
}
