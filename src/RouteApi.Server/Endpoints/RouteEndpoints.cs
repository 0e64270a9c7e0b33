using Microsoft.AspNetCore.Routing;
using RouteApi.Core.Model;
using RouteApi.Server.Http;
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
            group.MapGet("/routes", ListAllAsync);
            group.MapPost("/routes", CreateAnywhereAsync);
            group.MapGet(Collection, ListAsync);
            group.MapPost(Collection, CreateAsync);
            group.MapDelete(Collection, DeleteCollectionAsync);
            group.MapGet(Item, GetAsync);
            group.MapPut(Item, ReplaceAsync);
            group.MapPatch(Item, PatchAsync);
            group.MapDelete(Item, DeleteAsync);
            group.MapGet(Item + "/status", GetAsync);
            group.MapPut(Item + "/status", ReplaceStatusAsync);
            group.MapPatch(Item + "/status", PatchStatusAsync);
            group.MapGet("/watch/routes", WatchAllAsync);
            group.MapGet("/watch" + Collection, WatchNamespaceAsync);
            group.MapGet("/watch" + Item, WatchOneAsync);
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
