namespace RouteApi.Server.Tests.Security;

/// <summary>
/// What each subject of <see cref="SecurityFactory"/> may do, written from the role
/// definitions: view = get, list, watch (and get on status); edit = view + create, update, patch,
/// delete, deletecollection; admin = edit + update and patch on status; cluster-admin = all.
/// Namespaced bindings reach only their namespace; cluster-wide list and watch need a cluster-wide binding.
/// </summary>
internal static class RoleMatrix
{
    public const string OwnScope = "own namespace";
    public const string OtherScope = "other namespace";
    public const string ClusterScope = "cluster-wide";

    public static readonly string[] Verbs =
        ["get", "list", "watch", "create", "update", "patch", "delete", "deletecollection", "get status", "update status", "patch status"];

    private static readonly string[] ViewVerbs = ["get", "list", "watch", "get status"];

    private static readonly string[] EditVerbs = [.. ViewVerbs, "create", "update", "patch", "delete", "deletecollection"];

    private static readonly string[] AdminVerbs = [.. EditVerbs, "update status", "patch status"];

    public static bool Allowed(string subject, string verb, string scope) => subject switch
    {
        "system:masters" => true,
        "no binding" => false,
        "view cluster-wide" => ViewVerbs.Contains(verb),
        "edit cluster-wide" => EditVerbs.Contains(verb),
        _ when scope != OwnScope => false,
        "view" => ViewVerbs.Contains(verb),
        "edit" or "edit via group" => EditVerbs.Contains(verb),
        "admin" => AdminVerbs.Contains(verb),
        "cluster-admin" => true,
        _ => throw new ArgumentOutOfRangeException(nameof(subject), subject, "not a subject of SecurityFactory"),
    };

    /// <summary>
    /// kube-apiserver's 403 message: <c>&lt;resource&gt;[ "&lt;name&gt;"] is forbidden: User "&lt;u&gt;" cannot
    /// &lt;verb&gt; resource "&lt;resource[/sub]&gt;" in API group "&lt;group&gt;" in the namespace "&lt;ns&gt;"</c>
    /// (or <c>at the cluster scope</c>).
    /// </summary>
    public static string ForbiddenMessage(string prefix, string user, string verb, string resource, string @namespace, string name)
    {
        var qualified = prefix == ApiPrefixes.Group ? "routes.route.openshift.io" : "routes";
        var group = prefix == ApiPrefixes.Group ? "route.openshift.io" : string.Empty;
        var subject = name.Length > 0 ? $"{qualified} \"{name}\" is forbidden" : $"{qualified} is forbidden";
        var scope = @namespace.Length > 0 ? $"in the namespace \"{@namespace}\"" : "at the cluster scope";
        return $"{subject}: User \"{user}\" cannot {verb} resource \"{resource}\" in API group \"{group}\" {scope}";
    }
}
