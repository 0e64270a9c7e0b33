using Microsoft.Extensions.Options;
using RouteApi.Core.Model;
using RouteApi.Server.Hosting;
using RouteApi.Server.Http;
using RouteApi.Storage;
using RouteApi.Storage.Caching;

namespace RouteApi.Server.Registry;

/// <summary>
/// The route registry: the only place that joins the model rules (defaulting, strategy,
/// validation) with storage. Reads come from the watch cache (after it has caught up with the
/// store when the read must be consistent) or, for exact revisions and pages, from the store;
/// writes are compare-and-swap loops (kube-apiserver's GuaranteedUpdate) so concurrent writers
/// never lose an update.
/// </summary>
internal sealed partial class RouteRegistry(IStore store, WatchCache<Route> cache, StorageLayout layout, TimeProvider timeProvider, IOptions<RouteApiOptions> options)
{
    private readonly string _hostSuffix = options.Value.RouteHostSuffix;

    /// <summary>
    /// Reads one route: the latest state when <paramref name="resourceVersion"/> is empty, any cached
    /// state for "0", and a state not older than N otherwise (504 Too large resource version when
    /// the cache does not reach N in time). A missing route answers 404.
    /// </summary>
    /// <remarks>A route read from the watch cache comes with its cache entry, whose encodings can be reused.</remarks>
    public async Task<RouteRead> GetAsync(ApiPath api, ResourceKey key, string resourceVersion, CancellationToken cancellationToken)
    {
        if (resourceVersion.Length == 0 && !layout.ConsistentReadsFromCache)
        {
            var stored = await store.GetAsync(layout.For(key), cancellationToken);
            return stored is null ? throw StatusErrors.NotFound(api, key.Name) : new RouteRead(RouteCodec.Decode(stored), null);
        }

        var snapshot = await SnapshotAsync(MinimumRevision(resourceVersion), cancellationToken);
        var cached = snapshot.Get(layout.For(key)) ?? throw StatusErrors.NotFound(api, key.Name);
        return new RouteRead(cached.Value, cached);
    }

    /// <summary>
    /// The revision a read must see: the store's last acknowledged write for a consistent read
    /// (""), nothing in particular for "0", N for a minimum revision.
    /// </summary>
    private long MinimumRevision(string resourceVersion) =>
        resourceVersion.Length == 0 ? store.CurrentRevision : ListOptions.ParseResourceVersion(resourceVersion);

    /// <summary>The cache's state once it has reached <paramref name="minimum"/>.</summary>
    private async Task<CacheSnapshot<Route>> SnapshotAsync(long minimum, CancellationToken cancellationToken)
    {
        try
        {
            return await cache.WaitForRevisionAsync(minimum, cancellationToken);
        }
        catch (StoreFutureRevisionException e)
        {
            throw StatusErrors.TooLargeResourceVersion(e.Requested, e.Current, retryAfterSeconds: 1);
        }
    }

    private void CheckNotAhead(long revision)
    {
        var current = store.CurrentRevision;
        if (revision > current)
        {
            throw StatusErrors.TooLargeResourceVersion(revision, current, retryAfterSeconds: 0);
        }
    }

    private DateTimeOffset Now()
    {
        var now = timeProvider.GetUtcNow();
        return new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }
}
