namespace RouteApi.Core.Admission;

/// <summary>
/// openshift/router's UniqueHost index for exact hosts. In <see cref="NamespaceOwnership.Strict"/>
/// mode the namespace of the oldest route owns the host and other namespaces are rejected; in
/// <see cref="NamespaceOwnership.InterNamespaceAllowed"/> mode any namespace may join. Either way two
/// routes conflict when they have the same path, or when both have TLS and either is passthrough
/// (passthrough cannot be split by path), and the older one stays active. Routes are offered oldest first.
/// </summary>
internal sealed class HostOwnership(NamespaceOwnership ownership)
{
    private readonly Dictionary<string, List<AdmissionCandidate>> _active = new(StringComparer.Ordinal);

    /// <summary>Activates <paramref name="route"/> on its host; returns the <c>HostAlreadyClaimed</c> message when it cannot.</summary>
    public string? TryActivate(AdmissionCandidate route)
    {
        if (!_active.TryGetValue(route.Host, out var active))
        {
            _active[route.Host] = [route];
            return null;
        }

        if (ownership == NamespaceOwnership.Strict && active[0].Key.Namespace != route.Key.Namespace)
        {
            return OtherNamespaceMessage(route);
        }

        var conflicting = active.Find(held => Conflicts(held, route));
        if (conflicting is null)
        {
            active.Add(route);
            return null;
        }

        return conflicting.Key.Namespace == route.Key.Namespace
            ? $"route {conflicting.Key.Name} already exposes {route.Host} and is older"
            : OtherNamespaceMessage(route);
    }

    private static string OtherNamespaceMessage(AdmissionCandidate route) =>
        $"a route in another namespace holds {route.Host} and is older than {route.Key.Name}";

    private static bool Conflicts(AdmissionCandidate a, AdmissionCandidate b) =>
        a.Path == b.Path || (a.HasTls && b.HasTls && (a.IsPassthrough || b.IsPassthrough));
}
