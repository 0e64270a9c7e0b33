namespace RouteApi.Core.Model;

/// <summary>Names of the Route API: group, versions, kinds, resource and well-known annotations.</summary>
public static class RouteApiNames
{
    /// <summary>The API group, <c>route.openshift.io</c>.</summary>
    public const string Group = "route.openshift.io";

    /// <summary>The only version, <c>v1</c>.</summary>
    public const string Version = "v1";

    /// <summary>apiVersion on the group path.</summary>
    public const string GroupVersion = Group + "/" + Version;

    /// <summary>apiVersion on the legacy <c>/oapi/v1</c> path.</summary>
    public const string LegacyGroupVersion = Version;

    /// <summary>The kind of a route.</summary>
    public const string Kind = "Route";

    /// <summary>The kind of a route list.</summary>
    public const string ListKind = "RouteList";

    /// <summary>The plural resource name.</summary>
    public const string Resource = "routes";

    /// <summary>The singular resource name.</summary>
    public const string SingularResource = "route";

    /// <summary>Set to <c>"true"</c> by the server when it generated <c>spec.host</c>.</summary>
    public const string HostGeneratedAnnotation = "openshift.io/host.generated";

    /// <summary>When <c>"true"</c>, the per-label DNS check on <c>spec.host</c> is skipped.</summary>
    public const string AllowNonDnsCompliantHostAnnotation = "route.openshift.io/allow-non-dns-compliant-host";
}
