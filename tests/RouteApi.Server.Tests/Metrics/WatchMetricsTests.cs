using RouteApi.Server.Tests.Endpoints;

namespace RouteApi.Server.Tests.Metrics;

/// <summary>
/// An open watch is a long-running request (not in flight), every frame written to it is counted,
/// and the watch is counted in <c>apiserver_request_total</c> once its stream has ended.
/// </summary>
public sealed class WatchMetricsTests(MetricsFactory factory) : IClassFixture<MetricsFactory>
{
    private static readonly string[] OpenWatches =
        ["verb=WATCH", "group=route.openshift.io", "version=v1", "resource=routes", "subresource=", "scope=namespace", "component=apiserver"];

    private static readonly string[] GroupEvents = ["group=route.openshift.io", "version=v1", "kind=Route"];

    private readonly ApiClient _api = new(factory.CreateClient());
    private readonly Scraper _scraper = new(factory.CreateClient());

    [Fact]
    public async Task Watch_WhileOpen_IsOneLongRunningRequestAndNotInFlight()
    {
        var ns = ApiPrefixes.NewNamespace();
        var before = (await _scraper.ScrapeAsync()).Value("apiserver_longrunning_requests", OpenWatches);

        await using var watch = await WatchStream.OpenAsync(_api.Http, RoutePaths.Collection(ApiPrefixes.Group, ns) + "?watch=true");
        var scrape = await _scraper.ScrapeAsync();

        Assert.Equal(before + 1, scrape.Value("apiserver_longrunning_requests", OpenWatches));
        Assert.Equal(1, scrape.Value("apiserver_current_inflight_requests", "request_kind=readOnly"));
    }

    [Fact]
    public async Task Watch_Closed_LeavesTheLongRunningGaugeAndIsCountedOnce()
    {
        var ns = ApiPrefixes.NewNamespace();
        var id = Guid.NewGuid().ToString("N");
        string[] counted = [.. OpenWatches, "code=200"];
        var before = await _scraper.ScrapeAsync();
        var watch = await WatchStream.OpenAsync(_api.Http, RoutePaths.Collection(ApiPrefixes.Group, ns) + "?watch=true",
            configure: request => request.Headers.Add(RequestEnds.HeaderName, id));
        var open = await _scraper.ScrapeAsync();

        await watch.DisposeAsync();
        await factory.RequestEnds.WhenEnded(id).WaitAsync(WatchStream.EventTimeout, TestContext.Current.CancellationToken);

        var after = await _scraper.ScrapeAsync();
        Assert.Equal(before.Value("apiserver_longrunning_requests", OpenWatches) + 1, open.Value("apiserver_longrunning_requests", OpenWatches));
        Assert.Equal(before.Value("apiserver_longrunning_requests", OpenWatches), after.Value("apiserver_longrunning_requests", OpenWatches));
        Assert.Equal(before.Value("apiserver_request_total", counted), open.Value("apiserver_request_total", counted));
        Assert.Equal(before.Value("apiserver_request_total", counted) + 1, after.Value("apiserver_request_total", counted));
    }

    [Fact]
    public async Task Watch_TwoEventsSent_CountsTwoFramesAndTheirSizes()
    {
        var ns = ApiPrefixes.NewNamespace();
        var id = Guid.NewGuid().ToString("N");
        var before = await _scraper.ScrapeAsync();
        var watch = await WatchStream.OpenAsync(_api.Http, RoutePaths.Collection(ApiPrefixes.Group, ns) + "?watch=true",
            configure: request => request.Headers.Add(RequestEnds.HeaderName, id));
        await _api.CreateAsync(ApiPrefixes.Group, ns, "a");
        await _api.CreateAsync(ApiPrefixes.Group, ns, "b");
        Assert.Equal("ADDED a", (await watch.NextAsync()).Summary);
        Assert.Equal("ADDED b", (await watch.NextAsync()).Summary);

        await watch.DisposeAsync();
        await factory.RequestEnds.WhenEnded(id).WaitAsync(WatchStream.EventTimeout, TestContext.Current.CancellationToken);

        var after = await _scraper.ScrapeAsync();
        Assert.Equal(before.Value("apiserver_watch_events_total", GroupEvents) + 2, after.Value("apiserver_watch_events_total", GroupEvents));
        Assert.Equal(before.Value("apiserver_watch_events_sizes_count", GroupEvents) + 2, after.Value("apiserver_watch_events_sizes_count", GroupEvents));
    }
}
