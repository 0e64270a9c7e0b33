namespace RouteApi.Core.Admission;

/// <summary>The reasons of an <c>Admitted=False</c> condition, spelled as openshift/router writes them.</summary>
public static class AdmissionReasons
{
    /// <summary>The router's admission check failed (wildcard routes not allowed, unknown wildcard policy).</summary>
    public const string RouteNotAdmitted = "RouteNotAdmitted";

    /// <summary>The route has no host and no subdomain the router can complete.</summary>
    public const string NoHostValue = "NoHostValue";

    /// <summary>The host fails the DNS rules the router re-checks (no annotation escapes them).</summary>
    public const string InvalidHost = "InvalidHost";

    /// <summary>An older route holds the host (or the same host and path, or the wildcard domain).</summary>
    public const string HostAlreadyClaimed = "HostAlreadyClaimed";

    /// <summary>The TLS material does not parse, or the key does not match the certificate.</summary>
    public const string ExtendedValidationFailed = "ExtendedValidationFailed";
}
