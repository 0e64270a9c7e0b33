using RouteApi.Core.Model;

namespace RouteApi.Server.Registry;

/// <summary>
/// Where routes live in the store — <c>&lt;prefix&gt;/routes/&lt;namespace&gt;/&lt;name&gt;</c>, with
/// <c>/registry</c> as the default prefix — and how consistent reads are served.
/// </summary>
/// <param name="Prefix">The key prefix (<c>--etcd-prefix</c>), without a trailing slash.</param>
/// <param name="ConsistentReadsFromCache">
/// True for the embedded store: the watch cache sees every write of the one process that writes,
/// so a read waits for the cache to reach the store's last revision. False for etcd, where other
/// replicas write too: reads without a resourceVersion go to etcd (a quorum read), as kube's do.
/// </param>
internal sealed record StorageLayout(string Prefix, bool ConsistentReadsFromCache)
{
    /// <summary>Everything RouteApi stores lives under this prefix (routes and the compaction claim).</summary>
    public string StoreRoot => Prefix + "/";

    /// <summary>The prefix of every route.</summary>
    public string Routes => Prefix + "/routes/";

    /// <summary>The key the compactors of all replicas claim each interval with.</summary>
    public string CompactionClaim => Prefix + "/compact_rev_key";

    /// <summary>The key of router <paramref name="routerName"/>'s status-writer lease (outside the routes, so no route watch sees it).</summary>
    public string RouterLease(string routerName) => Prefix + "/routerleases/" + routerName;

    public string For(ResourceKey key) => Routes + key.Namespace + "/" + key.Name;

    /// <summary>The prefix of one namespace, or of every namespace when <paramref name="namespace"/> is null.</summary>
    public string NamespacePrefix(string? @namespace) => @namespace is null ? Routes : Routes + @namespace + "/";
}
