namespace RouteApi.Server.Security;

/// <summary>An authenticated user: name, uid and groups (always including <c>system:authenticated</c>).</summary>
internal sealed record UserInfo(string Name, string Uid, IReadOnlyList<string> Groups)
{
    public const string AuthenticatedGroup = "system:authenticated";
    public const string MastersGroup = "system:masters";

    /// <summary>kube's group for scrapers: its default binding grants <c>get</c> on <c>/metrics</c> and the health paths.</summary>
    public const string MonitoringGroup = "system:monitoring";

    public bool IsInGroup(string group) => Groups.Contains(group, StringComparer.Ordinal);
}
