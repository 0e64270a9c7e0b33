using RouteApi.Core.Model;

namespace RouteApi.Core.Admission;

/// <summary>
/// A route as one router sees it: its key, the host the router would serve it under (the stored
/// spec is never changed), its path and wildcard policy, and the wildcard domain of its host.
/// </summary>
public sealed record AdmissionCandidate
{
    private AdmissionCandidate(Route route, string host)
    {
        Route = route;
        Key = new ResourceKey(route.Metadata.Namespace ?? string.Empty, route.Metadata.Name ?? string.Empty);
        Host = host;
        WildcardPolicy = string.IsNullOrEmpty(route.Spec.WildcardPolicy) ? WildcardPolicies.None : route.Spec.WildcardPolicy;
        var dot = host.IndexOf('.', StringComparison.Ordinal);

        // openshift/router's GetDomainForHost: the host without its first label; "" for one label.
        Domain = dot < 0 ? string.Empty : host[(dot + 1)..];
    }

    /// <summary>The route.</summary>
    public Route Route { get; }

    /// <summary>Its namespace and name.</summary>
    public ResourceKey Key { get; }

    /// <summary><c>spec.host</c>, or <c>&lt;subdomain&gt;.&lt;domain&gt;</c> when only a subdomain is set and the router has a domain.</summary>
    public string Host { get; }

    /// <summary><c>spec.wildcardPolicy</c>, <c>None</c> when empty.</summary>
    public string WildcardPolicy { get; }

    /// <summary>The host without its first label: what a <c>Subdomain</c> route serves (<c>*.&lt;domain&gt;</c>).</summary>
    public string Domain { get; }

    /// <summary><c>spec.path</c>, compared as an exact string (<c>""</c> differs from <c>/</c>).</summary>
    public string Path => Route.Spec.Path ?? string.Empty;

    /// <summary>True for <c>wildcardPolicy: Subdomain</c>.</summary>
    public bool IsWildcard => WildcardPolicy == WildcardPolicies.Subdomain;

    /// <summary>True when the route has a TLS block.</summary>
    public bool HasTls => Route.Spec.Tls is not null;

    /// <summary>True for passthrough termination.</summary>
    public bool IsPassthrough => Route.Spec.Tls?.Termination == "passthrough";

    /// <summary>The route as <paramref name="settings"/>' router sees it.</summary>
    public static AdmissionCandidate For(Route route, RouterSettings settings)
    {
        var host = route.Spec.Host ?? string.Empty;
        if (host.Length == 0 && !string.IsNullOrEmpty(route.Spec.Subdomain) && !string.IsNullOrEmpty(settings.Domain))
        {
            host = route.Spec.Subdomain + "." + settings.Domain;
        }

        return new AdmissionCandidate(route, host);
    }

    /// <summary><c>namespace/name</c>, as router messages print a route.</summary>
    public override string ToString() => Key.Namespace + "/" + Key.Name;
}
