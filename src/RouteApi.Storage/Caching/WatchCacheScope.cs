namespace RouteApi.Storage.Caching;

/// <summary>Which keys a watch cache holds, and which store watch it follows.</summary>
/// <param name="Prefix">The cached keys, for example <c>/registry/routes/</c>.</param>
/// <param name="WatchPrefix">
/// The store prefix watched to follow the store's revision; it must contain <paramref name="Prefix"/>.
/// Writes under it but outside <paramref name="Prefix"/> (such as the compaction claim key) only
/// advance the cache's revision, so a read waiting for the store's latest revision is not stuck.
/// </param>
public sealed record WatchCacheScope(string Prefix, string WatchPrefix)
{
    /// <summary>A scope that watches exactly the cached keys.</summary>
    public static WatchCacheScope Of(string prefix) => new(prefix, prefix);
}
