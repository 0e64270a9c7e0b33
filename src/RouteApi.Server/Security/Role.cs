namespace RouteApi.Server.Security;

/// <summary>
/// The four roles of the policy file. <c>view</c>: get, list, watch on routes (and get on
/// routes/status). <c>edit</c>: view plus create, update, patch, delete, deletecollection on routes
/// and create on routes/custom-host. <c>admin</c>: edit plus update and patch on routes/status and
/// update on routes/custom-host. <c>cluster-admin</c>: everything.
/// </summary>
internal sealed class Role
{
    public static readonly Role View = new("view", Rules(
        ("routes", ["get", "list", "watch"]),
        ("routes/status", ["get"])));

    public static readonly Role Edit = new("edit", Rules(
        ("routes", ["get", "list", "watch", "create", "update", "patch", "delete", "deletecollection"]),
        ("routes/status", ["get"]),
        ("routes/custom-host", ["create"])));

    public static readonly Role Admin = new("admin", Rules(
        ("routes", ["get", "list", "watch", "create", "update", "patch", "delete", "deletecollection"]),
        ("routes/status", ["get", "update", "patch"]),
        ("routes/custom-host", ["create", "update"])));

    public static readonly Role ClusterAdmin = new("cluster-admin", null);

    private readonly HashSet<string>? _allowed;

    private Role(string name, HashSet<string>? allowed)
    {
        Name = name;
        _allowed = allowed;
    }

    public string Name { get; }

    public static Role? Parse(string name) => name switch
    {
        "view" => View,
        "edit" => Edit,
        "admin" => Admin,
        "cluster-admin" => ClusterAdmin,
        _ => null,
    };

    public bool Allows(AccessRequest request) =>
        _allowed is null || _allowed.Contains(request.ResourceWithSubresource + ":" + request.Verb);

    private static HashSet<string> Rules(params (string Resource, string[] Verbs)[] rules) =>
        [.. rules.SelectMany(r => r.Verbs.Select(v => r.Resource + ":" + v))];
}
