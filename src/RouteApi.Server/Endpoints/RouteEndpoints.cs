using Microsoft.AspNetCore.Routing;
using RouteApi.Core.Model;
using RouteApi.Server.Http;
using RouteApi.Server.Security;
using Route = RouteApi.Core.Model.Route;

namespace RouteApi.Server.Endpoints;

/// <summary>
/// The route endpoints, mapped once under <c>/apis/route.openshift.io/v1</c> and once under the
/// legacy <c>/oapi/v1</c>; both read and write the same stored objects.
/// </summary>
internal static partial class RouteEndpoints
{
    private const string Collection = "/namespaces/{namespace}/routes";
    private const string Item = Collection + "/{name}";

    public static IEndpointRouteBuilder MapRouteEndpoints(this IEndpointRouteBuilder endpoints)
    {
        foreach (var api in new[] { ApiPath.GroupVersion, ApiPath.Legacy })
        {
            var group = endpoints.MapGroup(api.Prefix).WithMetadata(api);
            group.MapGet("/routes", ListAllAsync).WithMetadata(new ApiOperation(ApiOperation.ListOrWatch));
            group.MapPost("/routes", CreateAnywhereAsync).WithMetadata(new ApiOperation("create"));
            group.MapGet(Collection, ListAsync).WithMetadata(new ApiOperation(ApiOperation.ListOrWatch));
            group.MapPost(Collection, CreateAsync).WithMetadata(new ApiOperation("create"));
            group.MapDelete(Collection, DeleteCollectionAsync).WithMetadata(new ApiOperation("deletecollection"));
            group.MapGet(Item, GetAsync).WithMetadata(new ApiOperation("get"));
            group.MapPut(Item, ReplaceAsync).WithMetadata(new ApiOperation("update"));
            group.MapPatch(Item, PatchAsync).WithMetadata(new ApiOperation("patch"));
            group.MapDelete(Item, DeleteAsync).WithMetadata(new ApiOperation("delete"));
            group.MapGet(Item + "/status", GetAsync).WithMetadata(new ApiOperation("get", "status"));
            group.MapPut(Item + "/status", ReplaceStatusAsync).WithMetadata(new ApiOperation("update", "status"));
            group.MapPatch(Item + "/status", PatchStatusAsync).WithMetadata(new ApiOperation("patch", "status"));
            group.MapGet("/watch/routes", WatchAllAsync).WithMetadata(new ApiOperation("watch"));
            group.MapGet("/watch" + Collection, WatchNamespaceAsync).WithMetadata(new ApiOperation("watch"));
            group.MapGet("/watch" + Item, WatchOneAsync).WithMetadata(new ApiOperation("watch"));
        }

        return endpoints;
    }

    private static ApiPath Api(HttpContext context) => context.GetEndpoint()!.Metadata.GetRequiredMetadata<ApiPath>();

    private static ObjectResult<T> Ok<T>(T value, int statusCode = StatusCodes.Status200OK)
        where T : class => new(value, statusCode);

    private static Route ToWire(ApiPath api, Route route) => RouteWire.ToWire(api, route);

    private static RouteList ToWire(ApiPath api, RouteList list) => RouteWire.ToWire(api, list);

    /// <summary>Rejects names that cannot be a path segment (kube's <c>ValidatePathSegmentName</c>).</summary>
    private static ResourceKey KeyOf(string @namespace, string name)
    {
        var problems = PathSegmentProblems(name).ToList();
        if (problems.Count > 0)
        {
            throw StatusErrors.BadRequest($"invalid resource name \"{name}\": [{string.Join(", ", problems)}]");
        }

        return new ResourceKey(@namespace, name);
    }

    private static IEnumerable<string> PathSegmentProblems(string name)
    {
        if (name is "." or "..")
        {
            yield return $"may not be '{name}'";
        }

        if (name.Contains('/', StringComparison.Ordinal))
        {
            yield return "may not contain '/'";
        }

        if (name.Contains('%', StringComparison.Ordinal))
        {
            yield return "may not contain '%'";
        }
    }
}
