using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RouteApi.Core.Model;
using RouteApi.Server.Tests.Endpoints;
using RouteApi.Storage;
using RouteApi.Storage.Caching;

namespace RouteApi.Server.Tests.Metrics;

/// <summary>
/// Storage operations are timed on whichever store the server runs on (SQLite, or etcd in the etcd
/// pass), and the watch cache gauges follow the cache.
/// </summary>
public sealed class StorageMetricsTests(MetricsFactory factory) : IClassFixture<MetricsFactory>
{
    private readonly ApiClient _api = new(factory.CreateClient());
    private readonly Scraper _scraper = new(factory.CreateClient());

    [Theory]
    [InlineData("create")]
    [InlineData("delete")]
    public async Task CreateAndDeleteRoute_TimesOneStoreOperationEach(string operation)
    {
        var ns = ApiPrefixes.NewNamespace();
        string[] labels = ["operation=" + operation, "type=routes"];
        var before = (await _scraper.ScrapeAsync()).Value("etcd_request_duration_seconds_count", labels);

        await _api.CreateAsync(ApiPrefixes.Group, ns, "web");
        await _api.DeleteRouteAsync(RoutePaths.Item(ApiPrefixes.Group, ns, "web"));

        var after = await _scraper.ScrapeAsync();
        Assert.Equal(before + 1, after.Value("etcd_request_duration_seconds_count", labels));
        Assert.Equal(0, after.Value("etcd_request_errors_total", labels));
    }

    [Fact]
    public async Task Scrape_StoreOperationHistogram_HasEveryOperationAndType()
    {
        var scrape = await _scraper.ScrapeAsync();

        var series = scrape.Find("etcd_request_duration_seconds_count").Select(s => s.Labels["operation"] + "/" + s.Labels["type"]).ToHashSet();
        foreach (var operation in new[] { "get", "list", "create", "update", "delete", "compact", "health", "watch" })
        {
            Assert.Contains(operation + "/routes", series);
        }

        Assert.Equal("counter", scrape.TypeOf("etcd_request_errors_total"));
    }

    [Fact]
    public async Task CreateRoute_CacheGaugesFollowTheCache()
    {
        var ns = ApiPrefixes.NewNamespace();
        var cache = factory.Services.GetRequiredService<WatchCache<Route>>();
        string[] labels = ["group=route.openshift.io", "resource=routes"];

        // Once the cache has this write, it has every earlier one (of other tests too): nothing moves under the test.
        var first = await _api.CreateAsync(ApiPrefixes.Group, ns, "first");
        await cache.WaitForRevisionAsync(RouteJson.Revision(first), TestContext.Current.CancellationToken);
        var before = await _scraper.ScrapeAsync();

        var created = await _api.CreateAsync(ApiPrefixes.Group, ns, "web");
        await cache.WaitForRevisionAsync(RouteJson.Revision(created), TestContext.Current.CancellationToken);

        var after = await _scraper.ScrapeAsync();
        Assert.Equal(before.Value("apiserver_storage_objects", "resource=routes.route.openshift.io") + 1, after.Value("apiserver_storage_objects", "resource=routes.route.openshift.io"));
        Assert.True(after.Value("apiserver_watch_cache_resource_version", labels) >= RouteJson.Revision(created));
        Assert.Equal(before.Value("routeapi_watch_cache_history_events", labels) + 1, after.Value("routeapi_watch_cache_history_events", labels));
        Assert.Equal(factory.Services.GetRequiredService<IOptions<WatchCacheOptions>>().Value.EventHistorySize, after.Value("watch_cache_capacity", labels));
    }

    [Fact]
    public async Task Scrape_RevisionLag_IsTheStoreRevisionMinusTheCacheRevision()
    {
        var ns = ApiPrefixes.NewNamespace();
        var cache = factory.Services.GetRequiredService<WatchCache<Route>>();
        var store = factory.Services.GetRequiredService<IStore>();
        var created = await _api.CreateAsync(ApiPrefixes.Group, ns, "web");
        await cache.WaitForRevisionAsync(RouteJson.Revision(created), TestContext.Current.CancellationToken);

        var storeBefore = store.CurrentRevision;
        var scrape = await _scraper.ScrapeAsync();
        var storeAfter = store.CurrentRevision;

        // The store's revision only grows (on etcd, any response may raise it), so the lag read at
        // the scrape lies between the lags computed from the revisions before and after it.
        string[] labels = ["group=route.openshift.io", "resource=routes"];
        var cached = (long)scrape.Value("apiserver_watch_cache_resource_version", labels);
        var lag = scrape.Value("routeapi_watch_cache_revision_lag", labels);
        Assert.InRange(lag, Math.Max(0, storeBefore - cached), Math.Max(0, storeAfter - cached));
    }
}
