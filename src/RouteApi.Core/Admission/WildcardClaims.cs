namespace RouteApi.Core.Admission;

/// <summary>
/// openshift/router's HostAdmitter claim tracking, active only when wildcard routes are allowed:
/// non-wildcard routes claim their host and block their domain for wildcards of other namespaces;
/// <c>Subdomain</c> routes claim <c>*.&lt;domain&gt;</c>. Routes are offered oldest first, so a route
/// that meets a conflicting claim is always the younger one and loses.
/// </summary>
internal sealed class WildcardClaims(NamespaceOwnership ownership)
{
    private readonly Dictionary<string, List<AdmissionCandidate>> _claimedHosts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<AdmissionCandidate>> _claimedWildcards = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<AdmissionCandidate>> _blockedWildcards = new(StringComparer.Ordinal);

    private bool SharesWith(AdmissionCandidate existing, AdmissionCandidate route) =>
        ownership == NamespaceOwnership.InterNamespaceAllowed || existing.Key.Namespace == route.Key.Namespace;

    /// <summary>Claims for <paramref name="route"/>; returns the <c>HostAlreadyClaimed</c> message when an older claim blocks it.</summary>
    public string? TryClaim(AdmissionCandidate route)
    {
        var conflict = FindConflict(route);
        if (conflict is not null)
        {
            var (owner, detail) = conflict.Value;

            // As upstream: the detailed text only within the route's own namespace.
            return owner.Key.Namespace == route.Key.Namespace ? detail : $"a route in another namespace holds host {route.Host}";
        }

        if (route.IsWildcard)
        {
            Add(_claimedWildcards, route.Domain, route);
        }
        else
        {
            Add(_claimedHosts, route.Host, route);
            Add(_blockedWildcards, route.Domain, route);
        }

        return null;
    }

    private (AdmissionCandidate Owner, string Detail)? FindConflict(AdmissionCandidate route)
    {
        foreach (var held in Get(_claimedHosts, route.Host))
        {
            // Within a shared namespace a wildcard never conflicts with a host, and hosts conflict only on the same path.
            if (!SharesWith(held, route) || (!route.IsWildcard && held.Path == route.Path))
            {
                return (held, $"route {held} has host {held.Host}");
            }
        }

        foreach (var held in Get(_claimedWildcards, route.Domain))
        {
            if (!SharesWith(held, route) || (route.IsWildcard && held.Path == route.Path))
            {
                return (held, $"wildcard route {held} has host *.{route.Domain}, blocking {route.Host}");
            }
        }

        if (route.IsWildcard)
        {
            foreach (var held in Get(_blockedWildcards, route.Domain))
            {
                if (!SharesWith(held, route))
                {
                    return (held, $"route {held} has host {held.Host}, blocking *.{route.Domain}");
                }
            }
        }

        return null;
    }

    private static List<AdmissionCandidate> Get(Dictionary<string, List<AdmissionCandidate>> map, string key) =>
        map.TryGetValue(key, out var list) ? list : [];

    private static void Add(Dictionary<string, List<AdmissionCandidate>> map, string key, AdmissionCandidate route)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(route);
    }
}
