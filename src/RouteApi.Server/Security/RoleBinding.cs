namespace RouteApi.Server.Security;

/// <summary>One binding of the policy file: a role for users and groups, in some namespaces or cluster-wide.</summary>
/// <param name="Users">User names bound.</param>
/// <param name="Groups">Group names bound.</param>
/// <param name="Role">The role.</param>
/// <param name="Namespaces">The namespaces; null binds cluster-wide (every namespace and the cluster scope).</param>
internal sealed record RoleBinding(IReadOnlyList<string> Users, IReadOnlyList<string> Groups, Role Role, IReadOnlyList<string>? Namespaces)
{
    public bool Applies(UserInfo user, AccessRequest request) =>
        Binds(user) && (Namespaces is null || (request.Namespace.Length > 0 && Namespaces.Contains(request.Namespace, StringComparer.Ordinal)));

    /// <summary>True when the binding names the user or one of its groups.</summary>
    public bool Binds(UserInfo user) => Users.Contains(user.Name, StringComparer.Ordinal) || Groups.Any(user.IsInGroup);
}
