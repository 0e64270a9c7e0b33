using System.ComponentModel.DataAnnotations;

namespace RouteApi.Server.RouterStatus;

/// <summary>
/// One named router the server plays (<c>--router-name</c> and the per-router <c>--router-*</c> flags,
/// or <c>RouterStatus:Routers:N:*</c> in configuration).
/// </summary>
internal sealed class RouterOptions
{
    /// <summary>The router's name: the <c>routerName</c> of the <c>status.ingress[]</c> entry it owns.</summary>
    [Required]
    [RegularExpression("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", ErrorMessage = "--router-name must be a DNS-1123 label")]
    [MaxLength(63)]
    public string Name { get; set; } = string.Empty;

    /// <summary>The domain that completes <c>spec.subdomain</c> (<c>--router-domain</c>).</summary>
    [RegularExpression(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$",
        ErrorMessage = "--router-domain must be a DNS-1123 subdomain")]
    public string? Domain { get; set; }

    /// <summary><c>Strict</c> (default) or <c>InterNamespaceAllowed</c> (<c>--router-namespace-ownership strict|inter-namespace-allowed</c>).</summary>
    [RegularExpression("^(?i)(strict|inter-?namespace-?allowed)$",
        ErrorMessage = "--router-namespace-ownership must be strict or inter-namespace-allowed")]
    public string NamespaceOwnership { get; set; } = "Strict";

    /// <summary>Admit <c>wildcardPolicy: Subdomain</c> routes (<c>--router-allow-wildcard-routes</c>).</summary>
    public bool AllowWildcardRoutes { get; set; }

    /// <summary>A label selector choosing the routes of this shard (<c>--router-route-label-selector</c>).</summary>
    public string? RouteLabelSelector { get; set; }

    /// <summary>
    /// A label selector over namespaces (<c>--router-namespace-selector</c>). Every namespace carries
    /// only <c>kubernetes.io/metadata.name=&lt;name&gt;</c>, so this selects namespaces by name.
    /// </summary>
    public string? NamespaceSelector { get; set; }

    /// <summary>The name written to <c>routerCanonicalHostname</c> (<c>--router-canonical-hostname</c>).</summary>
    [RegularExpression(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$",
        ErrorMessage = "--router-canonical-hostname must be a DNS-1123 subdomain")]
    public string? CanonicalHostname { get; set; }
}
