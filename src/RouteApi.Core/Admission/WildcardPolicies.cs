namespace RouteApi.Core.Admission;

/// <summary>The values of <c>spec.wildcardPolicy</c> and <c>status.ingress[].wildcardPolicy</c>.</summary>
public static class WildcardPolicies
{
    /// <summary>The route serves its host only.</summary>
    public const string None = "None";

    /// <summary>The route serves every host one label below its host's domain (<c>*.&lt;domain&gt;</c>).</summary>
    public const string Subdomain = "Subdomain";
}
