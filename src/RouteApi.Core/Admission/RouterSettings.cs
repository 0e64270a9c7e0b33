using RouteApi.Core.Selectors;

namespace RouteApi.Core.Admission;

/// <summary>
/// What one named router admits: its identity in <c>status.ingress[].routerName</c>, the domain that
/// completes <c>spec.subdomain</c>, the host-sharing policy, whether wildcard routes are allowed,
/// which routes it serves (its shard), and the canonical hostname it reports.
/// </summary>
public sealed record RouterSettings
{
    /// <summary>The router's name, the key of its <c>status.ingress[]</c> entry.</summary>
    public required string Name { get; init; }

    /// <summary>The domain a route with <c>spec.subdomain</c> and no <c>spec.host</c> is served under; null when unset.</summary>
    public string? Domain { get; init; }

    /// <summary>Whether routes of different namespaces may share a host.</summary>
    public NamespaceOwnership NamespaceOwnership { get; init; } = NamespaceOwnership.Strict;

    /// <summary>Whether <c>wildcardPolicy: Subdomain</c> routes are admitted (false: <c>RouteNotAdmitted</c>).</summary>
    public bool AllowWildcardRoutes { get; init; }

    /// <summary>The routes of the shard, by their labels; routes outside it are ignored.</summary>
    public LabelSelector RouteSelector { get; init; } = LabelSelector.Everything;

    /// <summary>
    /// The namespaces of the shard. RouteApi stores no Namespace objects, so the selector sees each
    /// namespace with the one label Kubernetes puts on every namespace,
    /// <c>kubernetes.io/metadata.name=&lt;name&gt;</c>.
    /// </summary>
    public LabelSelector NamespaceSelector { get; init; } = LabelSelector.Everything;

    /// <summary>The router's external name, written to <c>routerCanonicalHostname</c>; null when unset.</summary>
    public string? CanonicalHostname { get; init; }

    /// <summary>The label a namespace carries for <see cref="NamespaceSelector"/>.</summary>
    public const string NamespaceNameLabel = "kubernetes.io/metadata.name";

    /// <summary>True when the router serves <paramref name="route"/>: its labels and namespace match the selectors.</summary>
    public bool Serves(Model.Route route) =>
        RouteSelector.Matches(route.Metadata.Labels)
        && NamespaceSelector.Matches(new Dictionary<string, string>(StringComparer.Ordinal) { [NamespaceNameLabel] = route.Metadata.Namespace ?? string.Empty });
}
