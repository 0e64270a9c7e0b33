namespace RouteApi.Server.OpenApi;

/// <summary>How one route endpoint is described: its kube action, operationId parts and parameter sets.</summary>
/// <param name="Action">The <c>x-kubernetes-action</c>: get, list, post, put, patch, delete, deletecollection, watch or watchlist.</param>
/// <param name="Verb">The operationId verb (list, create, read, replace, patch, delete, watch).</param>
/// <param name="Noun">The operationId noun after the group infix, such as <c>NamespacedRoute</c>.</param>
/// <param name="Description">The operation description kube writes.</param>
internal sealed record RouteOperation(string Action, string Verb, string Noun, string Description)
{
    /// <summary>The description of the endpoint at <paramref name="method"/> and <paramref name="path"/> (relative to the API prefix); null for anything else.</summary>
    public static RouteOperation? Find(string method, string path) => (method, path) switch
    {
        ("GET", "/routes") => new("list", "list", "RouteForAllNamespaces", "list or watch objects of kind Route"),
        ("POST", "/routes") => new("post", "create", "RouteForAllNamespaces", "create a Route in the namespace of its metadata"),
        ("GET", Collection) => new("list", "list", "NamespacedRoute", "list or watch objects of kind Route"),
        ("POST", Collection) => new("post", "create", "NamespacedRoute", "create a Route"),
        ("DELETE", Collection) => new("deletecollection", "deletecollection", "NamespacedRoute", "delete collection of Route"),
        ("GET", Item) => new("get", "read", "NamespacedRoute", "read the specified Route"),
        ("PUT", Item) => new("put", "replace", "NamespacedRoute", "replace the specified Route"),
        ("PATCH", Item) => new("patch", "patch", "NamespacedRoute", "partially update the specified Route"),
        ("DELETE", Item) => new("delete", "delete", "NamespacedRoute", "delete a Route"),
        ("GET", Status) => new("get", "read", "NamespacedRouteStatus", "read status of the specified Route"),
        ("PUT", Status) => new("put", "replace", "NamespacedRouteStatus", "replace status of the specified Route"),
        ("PATCH", Status) => new("patch", "patch", "NamespacedRouteStatus", "partially update status of the specified Route"),
        ("GET", "/watch/routes") => new("watchlist", "watch", "RouteListForAllNamespaces", "watch individual changes to a list of Route. deprecated: use the 'watch' parameter with a list operation instead."),
        ("GET", "/watch" + Collection) => new("watchlist", "watch", "NamespacedRouteList", "watch individual changes to a list of Route. deprecated: use the 'watch' parameter with a list operation instead."),
        ("GET", "/watch" + Item) => new("watch", "watch", "NamespacedRoute", "watch changes to an object of kind Route. deprecated: use the 'watch' parameter with a list operation instead, filtered to a single item with the 'fieldSelector' parameter."),
        _ => null,
    };

    private const string Collection = "/namespaces/{namespace}/routes";
    private const string Item = Collection + "/{name}";
    private const string Status = Item + "/status";

    public bool HasName => Noun is "NamespacedRoute" or "NamespacedRouteStatus" && Action != "post" && Action != "deletecollection" && Action != "list";

    public bool HasNamespace => Noun.StartsWith("Namespaced", StringComparison.Ordinal);

    /// <summary>kube's operationId: <c>patchRouteOpenshiftIoV1NamespacedRoute</c>, or <c>patchNamespacedRoute</c> on <c>/oapi/v1</c>.</summary>
    public string OperationId(bool legacy)
    {
        if (legacy)
        {
            return Verb + Noun;
        }

        return Verb == "deletecollection" ? "deleteRouteOpenshiftIoV1CollectionNamespacedRoute" : Verb + "RouteOpenshiftIoV1" + Noun;
    }
}
