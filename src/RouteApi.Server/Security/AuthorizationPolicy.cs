using System.Text.Json.Nodes;
using RouteApi.Formats.Yaml;

namespace RouteApi.Server.Security;

/// <summary>
/// The role bindings of <c>--authorization-policy-file</c>. Group <c>system:masters</c> is always
/// cluster-admin; without a policy file nobody else is allowed anything.
/// </summary>
internal sealed class AuthorizationPolicy(IReadOnlyList<RoleBinding> bindings)
{
    public static AuthorizationPolicy Empty { get; } = new([]);

    public IReadOnlyList<RoleBinding> Bindings => bindings;

    public bool Allows(UserInfo user, AccessRequest request) =>
        user.IsInGroup(UserInfo.MastersGroup) || bindings.Any(b => b.Applies(user, request) && b.Role.Allows(request));

    /// <summary>
    /// Whether <paramref name="user"/> may use a guarded non-resource path, as kube's default RBAC
    /// decides for <c>/metrics</c>: cluster-admin (group <c>system:masters</c>, or a cluster-wide
    /// <c>cluster-admin</c> binding) and group <c>system:monitoring</c> (kube's <c>system:monitoring</c>
    /// role) may <c>get</c> it; view, edit and admin grant no non-resource URLs, so their users get 403.
    /// </summary>
    public bool AllowsNonResource(UserInfo user, NonResourceOperation operation) =>
        user.IsInGroup(UserInfo.MastersGroup)
        || (operation.Verb == "get" && user.IsInGroup(UserInfo.MonitoringGroup))
        || bindings.Any(b => b.Role == Role.ClusterAdmin && b.Namespaces is null && b.Binds(user));

    /// <summary>Reads a policy file (YAML or JSON); a malformed file stops the server at start with the reason.</summary>
    public static AuthorizationPolicy Load(string path)
    {
        JsonObject document;
        try
        {
            document = KubernetesYaml.ToJsonNode(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is not IOException)
        {
            throw new InvalidOperationException($"authorization policy file '{path}' is not valid YAML: {e.Message}", e);
        }

        var bindings = new List<RoleBinding>();
        foreach (var (binding, index) in (document["bindings"] as JsonArray ?? []).Select((b, i) => (b, i)))
        {
            bindings.Add(ReadBinding(binding as JsonObject ?? throw Invalid(path, index, "must be a mapping"), path, index));
        }

        return new AuthorizationPolicy(bindings);
    }

    private static RoleBinding ReadBinding(JsonObject binding, string path, int index)
    {
        var roleName = (string?)binding["role"] ?? throw Invalid(path, index, "has no role");
        var role = Role.Parse(roleName) ?? throw Invalid(path, index, $"has unknown role '{roleName}' (view, edit, admin or cluster-admin)");
        var users = new List<string>();
        var groups = new List<string>();
        foreach (var subject in binding["subjects"] as JsonArray ?? [])
        {
            var name = (string?)subject?["name"] ?? throw Invalid(path, index, "has a subject without a name");
            switch ((string?)subject?["kind"])
            {
                case "User": users.Add(name); break;
                case "Group": groups.Add(name); break;
                default: throw Invalid(path, index, "has a subject whose kind is not User or Group");
            }
        }

        var namespaces = binding["namespaces"] is JsonArray list ? list.Select(n => (string?)n ?? string.Empty).ToList() : null;
        return new RoleBinding(users, groups, role, namespaces);
    }

    private static InvalidOperationException Invalid(string path, int index, string problem) =>
        new($"authorization policy file '{path}': binding {index} {problem}");
}
