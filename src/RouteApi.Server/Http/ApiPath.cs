using RouteApi.Core.Model;

namespace RouteApi.Server.Http;

/// <summary>
/// One of the two URL prefixes that serve routes from one storage: the group path
/// <c>/apis/route.openshift.io/v1</c> and the legacy OpenShift 3 path <c>/oapi/v1</c>. They differ in
/// the apiVersion written on objects, in how resources are named in messages, and in the accepted
/// field selectors.
/// </summary>
internal sealed record ApiPath(string Prefix, string ApiVersion, string Group, bool IsLegacy)
{
    public static ApiPath GroupVersion { get; } = new("/apis/route.openshift.io/v1", RouteApiNames.GroupVersion, RouteApiNames.Group, false);

    public static ApiPath Legacy { get; } = new("/oapi/v1", RouteApiNames.LegacyGroupVersion, string.Empty, true);

    /// <summary><c>routes.route.openshift.io</c>, or <c>routes</c> on the group-less legacy path.</summary>
    public string QualifiedResource => IsLegacy ? RouteApiNames.Resource : RouteApiNames.Resource + "." + Group;

    /// <summary><c>Route.route.openshift.io</c>, or <c>Route</c> on the legacy path.</summary>
    public string QualifiedKind => IsLegacy ? RouteApiNames.Kind : RouteApiNames.Kind + "." + Group;

    /// <summary>The group for Status details; null on the legacy path so it is omitted.</summary>
    public string? DetailsGroup => IsLegacy ? null : Group;
}
