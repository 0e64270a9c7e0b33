using RouteApi.Core.Model;
using RouteApi.Storage.Caching;

namespace RouteApi.Server.Health;

/// <summary>
/// <c>watch-cache</c>: passes once the route cache has listed the store and while it follows the
/// store through its watch; it fails while the cache relists or waits to retry a broken watch, as
/// kube's cacher is not ready then.
/// </summary>
internal sealed class WatchCacheCheck(WatchCache<Route> cache) : IHealthCheck
{
    public string Name => "watch-cache";

    public ValueTask<string?> CheckAsync(CancellationToken cancellationToken) => ValueTask.FromResult(
        !cache.Ready.IsCompletedSuccessfully ? "the watch cache has not listed the store yet"
        : !cache.IsWatching ? "the watch cache is not watching the store (relisting or retrying)"
        : null);
}
