using System.Security.Cryptography;
using System.Text;
using RouteApi.Core.Model;

namespace RouteApi.Server.Discovery;

/// <summary>
/// The discovery documents (k8s-api-conventions §9.2, route-semantics §7.1): the group
/// <c>route.openshift.io</c> with its one version <c>v1</c>, and the OpenShift 3 legacy
/// <c>/oapi/v1</c>. Both list <c>routes</c> (namespaced, kind Route, singular <c>route</c>, every verb)
/// and <c>routes/status</c> (get, patch, update); only the group path puts routes in the <c>all</c>
/// category and gives a storageVersionHash.
/// </summary>
internal static class DiscoveryDocuments
{
    /// <summary>Sorted, as kube lists them.</summary>
    public static readonly string[] RouteVerbs = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"];

    /// <summary>The verbs of <c>routes/status</c>.</summary>
    public static readonly string[] StatusVerbs = ["get", "patch", "update"];

    private static readonly GroupVersionForDiscovery V1 = new() { GroupVersion = RouteApiNames.GroupVersion, Version = RouteApiNames.Version };

    /// <summary><c>GET /api</c>: no legacy core group (an empty list that kubectl accepts).</summary>
    public static APIVersions Api(string serverAddress) => new() { Versions = [], ServerAddressByClientCIDRs = [Everywhere(serverAddress)] };

    /// <summary><c>GET /oapi</c>: the OpenShift 3 legacy API with its one version.</summary>
    public static APIVersions Oapi(string serverAddress) => new() { Versions = [RouteApiNames.Version], ServerAddressByClientCIDRs = [Everywhere(serverAddress)] };

    /// <summary><c>GET /apis</c>.</summary>
    public static APIGroupList Groups() => new() { Groups = [RouteGroup(standalone: false)] };

    /// <summary><c>GET /apis/route.openshift.io</c>: the group with kind and apiVersion.</summary>
    public static APIGroup RouteGroup(bool standalone = true) => new()
    {
        Kind = standalone ? "APIGroup" : null,
        ApiVersion = standalone ? "v1" : null,
        Name = RouteApiNames.Group,
        Versions = [V1],
        PreferredVersion = V1,
    };

    /// <summary><c>GET /apis/route.openshift.io/v1</c>.</summary>
    public static APIResourceList RouteResources() => new()
    {
        GroupVersion = RouteApiNames.GroupVersion,
        Resources =
        [
            Routes(categories: ["all"], StorageVersionHash(RouteApiNames.Group, RouteApiNames.Version, RouteApiNames.Kind)),
            Status(),
        ],
    };

    /// <summary><c>GET /oapi/v1</c>: the legacy list, group version <c>v1</c>, without categories.</summary>
    public static APIResourceList LegacyResources() => new()
    {
        GroupVersion = RouteApiNames.LegacyGroupVersion,
        Resources = [Routes(categories: null, storageVersionHash: null), Status()],
    };

    /// <summary>kube's <c>discovery.StorageVersionHash</c>: base64 of the first 8 bytes of SHA-256 of <c>group/version/kind</c>.</summary>
    public static string StorageVersionHash(string group, string version, string kind) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes($"{group}/{version}/{kind}")).AsSpan(0, 8));

    private static APIResource Routes(string[]? categories, string? storageVersionHash) => new()
    {
        Name = RouteApiNames.Resource,
        SingularName = RouteApiNames.SingularResource,
        Namespaced = true,
        Kind = RouteApiNames.Kind,
        Verbs = RouteVerbs,
        Categories = categories,
        StorageVersionHash = storageVersionHash,
    };

    private static APIResource Status() => new()
    {
        Name = RouteApiNames.Resource + "/status",
        SingularName = string.Empty,
        Namespaced = true,
        Kind = RouteApiNames.Kind,
        Verbs = StatusVerbs,
    };

    private static ServerAddressByClientCIDR Everywhere(string serverAddress) => new() { ClientCIDR = "0.0.0.0/0", ServerAddress = serverAddress };
}
