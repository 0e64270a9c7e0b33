namespace RouteApi.Core.Validation.SpecRules;

/// <summary>The TLS termination types of <c>spec.tls.termination</c>.</summary>
internal static class TlsTerminations
{
    /// <summary>TLS ends at the router.</summary>
    public const string Edge = "edge";

    /// <summary>TLS passes through the router to the backend.</summary>
    public const string Passthrough = "passthrough";

    /// <summary>TLS ends at the router, which opens a new TLS connection to the backend.</summary>
    public const string Reencrypt = "reencrypt";
}
