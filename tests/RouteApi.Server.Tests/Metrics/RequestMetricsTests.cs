using System.Net;
using RouteApi.Server.Tests.Endpoints;

namespace RouteApi.Server.Tests.Metrics;

/// <summary>
/// Request counters and histograms move by exactly the requests a test makes (each test class has
/// its own server, hence its own registry), with kube-apiserver's names and labels.
/// </summary>
public sealed class RequestMetricsTests(MetricsFactory factory) : IClassFixture<MetricsFactory>
{
    private const string Requests = "apiserver_request_total";
    private readonly ApiClient _api = new(factory.CreateClient());
    private readonly Scraper _scraper = new(factory.CreateClient());

    private static string[] RouteLabels(string verb, string scope, string code, string group = "route.openshift.io") =>
        ["verb=" + verb, "group=" + group, "version=v1", "resource=routes", "subresource=", "scope=" + scope, "component=apiserver", "code=" + code];

    [Fact]
    public async Task GetMissingRoute_IncrementsTheGet404Counter()
    {
        var ns = ApiPrefixes.NewNamespace();
        var before = (await _scraper.ScrapeAsync()).Value(Requests, RouteLabels("GET", "resource", "404"));

        var response = await _api.GetAsync(RoutePaths.Item(ApiPrefixes.Group, ns, "missing"));

        Assert.Equal(HttpStatusCode.NotFound, response.Code);
        Assert.Equal(before + 1, (await _scraper.ScrapeAsync()).Value(Requests, RouteLabels("GET", "resource", "404")));
    }

    [Fact]
    public async Task CreateThenList_CountsCreateAsResourceScopeAndListAsNamespaceScope()
    {
        var ns = ApiPrefixes.NewNamespace();
        var before = await _scraper.ScrapeAsync();

        await _api.CreateAsync(ApiPrefixes.Legacy, ns, "web");
        await _api.GetAsync(RoutePaths.Collection(ApiPrefixes.Legacy, ns));

        var after = await _scraper.ScrapeAsync();
        Assert.Equal(before.Value(Requests, RouteLabels("CREATE", "resource", "201", group: "")) + 1, after.Value(Requests, RouteLabels("CREATE", "resource", "201", group: "")));
        Assert.Equal(before.Value(Requests, RouteLabels("LIST", "namespace", "200", group: "")) + 1, after.Value(Requests, RouteLabels("LIST", "namespace", "200", group: "")));
    }

    [Fact]
    public async Task ApplyPatch_IsCountedAsApply()
    {
        var ns = ApiPrefixes.NewNamespace();
        var labels = RouteLabels("APPLY", "resource", "201");
        var before = (await _scraper.ScrapeAsync()).Value(Requests, labels);

        var response = await _api.PatchAsync(RoutePaths.Item(ApiPrefixes.Group, ns, "web") + "?fieldManager=test",
            """{"apiVersion":"route.openshift.io/v1","kind":"Route","metadata":{"name":"web"},"spec":{"to":{"name":"svc"}}}""",
            "application/apply-patch+yaml");

        Assert.Equal(HttpStatusCode.Created, response.Code);
        Assert.Equal(before + 1, (await _scraper.ScrapeAsync()).Value(Requests, labels));
    }

    [Fact]
    public async Task Scrape_AfterAGet_HasEveryLatencyBucketAndTheCount()
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.GetAsync(RoutePaths.Collection(ApiPrefixes.Group, ns));

        var scrape = await _scraper.ScrapeAsync();

        string[] shape = ["verb=LIST", "group=route.openshift.io", "version=v1", "resource=routes", "subresource=", "scope=namespace", "component=apiserver"];
        var buckets = scrape.Find("apiserver_request_duration_seconds_bucket", shape).Select(s => s.Labels["le"]).ToList();
        Assert.Equal(["0.005", "0.025", "0.05", "0.1", "0.2", "0.4", "0.6", "0.8", "1", "1.25", "1.5", "2", "3", "4", "5", "6", "8", "10", "15", "20", "30", "45", "60", "+Inf"], buckets);
        Assert.Equal("histogram", scrape.TypeOf("apiserver_request_duration_seconds"));
        Assert.Equal(scrape.Value("apiserver_request_duration_seconds_count", shape), scrape.Value("apiserver_request_duration_seconds_bucket", [.. shape, "le=+Inf"]));
        Assert.True(scrape.Value("apiserver_request_duration_seconds_count", shape) >= 1);
    }

    [Fact]
    public async Task Scrape_WhileItRuns_CountsItselfAsTheOneReadOnlyRequestInFlight()
    {
        var scrape = await _scraper.ScrapeAsync();

        Assert.Equal((1, 0), (scrape.Value("apiserver_current_inflight_requests", "request_kind=readOnly"), scrape.Value("apiserver_current_inflight_requests", "request_kind=mutating")));
    }

    [Fact]
    public async Task Scrape_IsCountedAsANonResourceGetOfItsPath()
    {
        string[] labels = ["verb=GET", "group=", "version=", "resource=", "subresource=/metrics", "scope=", "component=apiserver", "code=200"];
        var before = (await _scraper.ScrapeAsync()).Value(Requests, labels);

        var after = (await _scraper.ScrapeAsync()).Value(Requests, labels);

        Assert.Equal(before + 1, after);
    }

    [Fact]
    public async Task Scrape_EveryLine_MatchesTheTextExpositionGrammar()
    {
        await _api.GetAsync(RoutePaths.Collection(ApiPrefixes.Group, ApiPrefixes.NewNamespace()));

        var scrape = await _scraper.ScrapeAsync();

        Assert.Empty(scrape.Malformed);
        Assert.NotEmpty(scrape.Samples);
    }

    [Fact]
    public async Task Scrape_BuildInfo_IsOneWithTheServerVersion()
    {
        var scrape = await _scraper.ScrapeAsync();

        var info = Assert.Single(scrape.Find("routeapi_build_info"));
        Assert.Equal(1, info.Value);
        Assert.Equal(RouteApi.Server.Discovery.ServerVersion.Build, info.Labels["version"]);
        Assert.Equal(RouteApi.Server.Discovery.ServerVersion.Commit, info.Labels["revision"]);
        Assert.Equal(System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription, info.Labels["dotnet"]);
    }
}
