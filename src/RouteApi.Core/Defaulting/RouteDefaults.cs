using RouteApi.Core.Model;

namespace RouteApi.Core.Defaulting;

/// <summary>
/// Applies the Route defaults that openshift-apiserver applies on every decode, for the group and
/// the legacy endpoint alike (library-go <c>pkg/route/defaulting</c>, route-semantics §1.9). Host,
/// path, port and insecureEdgeTerminationPolicy are never defaulted.
/// </summary>
public static class RouteDefaults
{
    /// <summary>The default and only backend kind.</summary>
    public const string ServiceKind = "Service";

    /// <summary>The default backend weight.</summary>
    public const int DefaultWeight = 100;

    /// <summary>The default wildcard policy of the spec and of each status.ingress entry.</summary>
    public const string WildcardPolicyNone = "None";

    /// <summary>
    /// Returns a copy of <paramref name="route"/> with defaults applied:
    /// <list type="bullet">
    /// <item><c>spec.wildcardPolicy</c> <c>None</c> when empty;</item>
    /// <item><c>spec.to</c> and each <c>spec.alternateBackends[i]</c>: kind <c>Service</c> when empty, weight 100 when absent;</item>
    /// <item><c>spec.tls.termination</c> <c>edge</c> when it and destinationCACertificate are both empty, and
    /// <c>Edge</c>, <c>Reencrypt</c>, <c>Passthrough</c> lower-cased (other spellings are left to fail validation);</item>
    /// <item>each <c>status.ingress[i].wildcardPolicy</c> <c>None</c> when empty.</item>
    /// </list>
    /// </summary>
    public static Route Apply(Route route)
    {
        ArgumentNullException.ThrowIfNull(route);
        return route with
        {
            Spec = ApplySpec(route.Spec ?? new RouteSpec()),
            Status = ApplyStatus(route.Status ?? new RouteStatus()),
        };
    }

    private static RouteSpec ApplySpec(RouteSpec spec) => spec with
    {
        WildcardPolicy = string.IsNullOrEmpty(spec.WildcardPolicy) ? WildcardPolicyNone : spec.WildcardPolicy,
        To = ApplyBackend(spec.To),
        AlternateBackends = spec.AlternateBackends is null ? null : [.. spec.AlternateBackends.Select(ApplyBackend)],
        Tls = spec.Tls is null ? null : ApplyTls(spec.Tls),
    };

    private static RouteTargetReference ApplyBackend(RouteTargetReference? backend)
    {
        backend ??= new RouteTargetReference();
        return backend with
        {
            Kind = string.IsNullOrEmpty(backend.Kind) ? ServiceKind : backend.Kind,
            Weight = backend.Weight ?? DefaultWeight,
        };
    }

    private static TlsConfig ApplyTls(TlsConfig tls)
    {
        var termination = tls.Termination ?? string.Empty;
        if (termination.Length == 0 && string.IsNullOrEmpty(tls.DestinationCaCertificate))
        {
            termination = "edge";
        }

        // Exact-case normalisation only: "EDGE" stays and is rejected by validation.
        termination = termination switch
        {
            "Edge" => "edge",
            "Reencrypt" => "reencrypt",
            "Passthrough" => "passthrough",
            _ => termination,
        };
        return tls with { Termination = termination };
    }

    private static RouteStatus ApplyStatus(RouteStatus status) => status.Ingress is null
        ? status
        : status with { Ingress = [.. status.Ingress.Select(ApplyIngress)] };

    private static RouteIngress ApplyIngress(RouteIngress ingress) =>
        string.IsNullOrEmpty(ingress.WildcardPolicy) ? ingress with { WildcardPolicy = WildcardPolicyNone } : ingress;
}
