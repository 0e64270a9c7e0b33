using Microsoft.Extensions.Options;
using Prometheus;
using RouteApi.Core.Model;
using RouteApi.Storage;
using RouteApi.Storage.Caching;

namespace RouteApi.Server.Metrics;

/// <summary>
/// Watch cache gauges, read from the cache when Prometheus scrapes (nothing is done per event):
/// <c>apiserver_storage_objects</c> (routes in the cache, which holds every stored route),
/// <c>watch_cache_capacity</c> (the event history's size), <c>routeapi_watch_cache_history_events</c>
/// (events it holds now), <c>apiserver_watch_cache_resource_version</c> (the revision the cache
/// reflects) and <c>routeapi_watch_cache_revision_lag</c> (the store's last known revision minus
/// the cache's: how far the cache trails its store).
/// </summary>
internal sealed class WatchCacheMetrics
{
    private readonly WatchCache<Route> _cache;
    private readonly IStore _store;
    private readonly Gauge.Child _objects;
    private readonly Gauge.Child _history;
    private readonly Gauge.Child _revision;
    private readonly Gauge.Child _lag;

    public WatchCacheMetrics(MetricsRegistry registry, WatchCache<Route> cache, IStore store, IOptions<WatchCacheOptions> options)
    {
        _cache = cache;
        _store = store;
        var factory = registry.Factory;
        string[] labels = ["group", "resource"];
        _objects = factory.CreateGauge("apiserver_storage_objects", "Number of stored objects at the time of last check split by kind (read from the watch cache).", ["resource"])
            .WithLabels(RouteApiNames.Resource + "." + RouteApiNames.Group);
        factory.CreateGauge("watch_cache_capacity", "Total capacity of watch cache broken by resource type (events kept for watches that start from a resourceVersion).", labels)
            .WithLabels(RouteApiNames.Group, RouteApiNames.Resource)
            .Set(options.Value.EventHistorySize);
        _history = factory.CreateGauge("routeapi_watch_cache_history_events", "Events the watch cache holds now for watches that start from a resourceVersion.", labels)
            .WithLabels(RouteApiNames.Group, RouteApiNames.Resource);
        _revision = factory.CreateGauge("apiserver_watch_cache_resource_version", "Current resource version of watch cache broken by resource type.", labels)
            .WithLabels(RouteApiNames.Group, RouteApiNames.Resource);
        _lag = factory.CreateGauge("routeapi_watch_cache_revision_lag", "Store revision minus watch cache revision: how many revisions the cache has still to apply.", labels)
            .WithLabels(RouteApiNames.Group, RouteApiNames.Resource);
    }

    /// <summary>Reads the cache and the store's revision into the gauges (before each scrape).</summary>
    public void Update()
    {
        var snapshot = _cache.Snapshot;
        _objects.Set(snapshot.Count);
        _history.Set(_cache.HistoryCount);
        _revision.Set(snapshot.Revision);

        // CurrentRevision is a field read on both backends (etcd's is the highest revision any
        // response reported), so the lag costs no store round trip.
        _lag.Set(Math.Max(0, _store.CurrentRevision - snapshot.Revision));
    }
}
