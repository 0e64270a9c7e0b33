using RouteApi.Core.Model;
using RouteApi.Core.Validation;

namespace RouteApi.Core.Admission;

/// <summary>
/// What one router decides for every route it serves, computed afresh from the full set of routes
/// (openshift/router's plugin chain as it behaves after a resync, which offers routes oldest first):
/// <list type="number">
/// <item>the admission check: <c>Subdomain</c> routes need <see cref="RouterSettings.AllowWildcardRoutes"/>
/// (<c>RouteNotAdmitted</c>);</item>
/// <item>with wildcards allowed, host and wildcard-domain claims (<c>HostAlreadyClaimed</c>);</item>
/// <item>a host must exist (<c>NoHostValue</c>) and be a valid DNS name (<c>InvalidHost</c>);</item>
/// <item>host ownership: oldest route first, namespace ownership, same path or passthrough TLS
/// conflicts (<c>HostAlreadyClaimed</c>);</item>
/// <item>extended certificate validation (<c>ExtendedValidationFailed</c>). A route rejected only
/// here still holds its host, as upstream, so a younger route does not take over a host whose
/// owner has a broken certificate.</item>
/// </list>
/// </summary>
public static class RouterAdmission
{
    /// <summary>The decision for each route the router serves; routes outside its shard are absent.</summary>
    public static IReadOnlyDictionary<ResourceKey, AdmissionDecision> Evaluate(IEnumerable<Route> routes, RouterSettings settings)
    {
        var candidates = routes
            .Where(settings.Serves)
            .OrderBy(r => r, RouteAge.OldestFirst)
            .Select(r => AdmissionCandidate.For(r, settings));
        var claims = settings.AllowWildcardRoutes ? new WildcardClaims(settings.NamespaceOwnership) : null;
        var hosts = new HostOwnership(settings.NamespaceOwnership);
        var decisions = new Dictionary<ResourceKey, AdmissionDecision>();
        foreach (var candidate in candidates)
        {
            decisions[candidate.Key] = Decide(candidate, settings, claims, hosts);
        }

        return decisions;
    }

    private static AdmissionDecision Decide(AdmissionCandidate candidate, RouterSettings settings, WildcardClaims? claims, HostOwnership hosts)
    {
        var notAdmitted = CheckWildcardPolicy(candidate, settings);
        if (notAdmitted is not null)
        {
            return AdmissionDecision.Reject(candidate, AdmissionReasons.RouteNotAdmitted, notAdmitted);
        }

        if (claims is not null && candidate.Host.Length > 0 && claims.TryClaim(candidate) is { } claimed)
        {
            return AdmissionDecision.Reject(candidate, AdmissionReasons.HostAlreadyClaimed, claimed);
        }

        if (candidate.Host.Length == 0)
        {
            return AdmissionDecision.Reject(candidate, AdmissionReasons.NoHostValue, "no host value was defined for the route");
        }

        var hostErrors = HostErrors(candidate.Host);
        if (hostErrors.Count > 0)
        {
            return AdmissionDecision.Reject(candidate, AdmissionReasons.InvalidHost,
                "host name validation errors: " + string.Join(", ", hostErrors.Select(e => e.ToString())));
        }

        if (hosts.TryActivate(candidate) is { } taken)
        {
            return AdmissionDecision.Reject(candidate, AdmissionReasons.HostAlreadyClaimed, taken);
        }

        var tlsErrors = ExtendedValidation.Validate(candidate.Route);
        return tlsErrors.Count > 0
            ? AdmissionDecision.Reject(candidate, AdmissionReasons.ExtendedValidationFailed, FieldErrors.Aggregate(tlsErrors))
            : AdmissionDecision.Admit(candidate);
    }

    private static string? CheckWildcardPolicy(AdmissionCandidate candidate, RouterSettings settings) => candidate.WildcardPolicy switch
    {
        WildcardPolicies.None => null,
        WildcardPolicies.Subdomain => settings.AllowWildcardRoutes ? null : "wildcard routes are not allowed",
        var other => "unknown wildcard policy " + other,
    };

    // The router re-checks hosts without the API server's annotation escape: routes stored before
    // the rules existed, or admitted with route.openshift.io/allow-non-dns-compliant-host, fail here.
    private static List<FieldError> HostErrors(string host)
    {
        var errors = new List<FieldError>();
        if (DnsNames.Dns1123SubdomainErrors(host).Count > 0)
        {
            errors.Add(FieldError.Invalid("spec.host", host, "host must conform to DNS 952 subdomain conventions"));
        }

        foreach (var label in host.Split('.'))
        {
            errors.AddRange(DnsNames.Dns1123LabelErrors(label).Select(e => FieldError.Invalid("spec.host", host, e)));
        }

        return errors;
    }
}
