namespace RouteApi.Core.Admission;

/// <summary>
/// What a router decided for one route: the host it would serve the route under, the wildcard
/// policy it echoes, and the <c>Admitted</c> condition (True, or False with a reason and message).
/// </summary>
/// <param name="Host">The admitted host: <c>spec.host</c>, or <c>&lt;subdomain&gt;.&lt;router domain&gt;</c>; may be empty.</param>
/// <param name="WildcardPolicy">The route's <c>spec.wildcardPolicy</c> (<c>None</c> when empty).</param>
/// <param name="Admitted">True when the router serves the route.</param>
/// <param name="Reason">Why it does not (<see cref="AdmissionReasons"/>); null when admitted.</param>
/// <param name="Message">The human-readable detail; null when admitted.</param>
public sealed record AdmissionDecision(string Host, string WildcardPolicy, bool Admitted, string? Reason, string? Message)
{
    /// <summary>An admitted route.</summary>
    public static AdmissionDecision Admit(AdmissionCandidate candidate) => new(candidate.Host, candidate.WildcardPolicy, true, null, null);

    /// <summary>A rejected route.</summary>
    public static AdmissionDecision Reject(AdmissionCandidate candidate, string reason, string message) =>
        new(candidate.Host, candidate.WildcardPolicy, false, reason, message);
}
