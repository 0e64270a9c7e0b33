using RouteApi.Core.Admission;
using RouteApi.Server.Tests.RouterStatus;

namespace RouteApi.Server.Tests.Metrics;

/// <summary>The router-status controllers count the status entries they write, by router, decision and reason.</summary>
public sealed class RouterStatusMetricsTests(RouterStatusFactory factory) : IClassFixture<RouterStatusFactory>
{
    private const string Decisions = "routeapi_router_status_decisions_total";

    private readonly ApiClient _api = new(factory.CreateClient());
    private readonly Scraper _scraper = new(factory.CreateClient());
    private readonly RouterStatusDriver _routers = new(factory);

    private static string Spec(string host) => $$$"""{"host":"{{{host}}}","to":{"name":"svc"}}""";

    [Fact]
    public async Task CreateRoute_CountsOneAdmittedDecisionOfTheDefaultRouter()
    {
        var ns = ApiPrefixes.NewNamespace();
        string[] admitted = ["router=" + RouterStatusFactory.Default, "decision=admitted", "reason="];
        var before = (await _scraper.ScrapeAsync()).Value(Decisions, admitted);

        await _api.CreateAsync(ApiPrefixes.Group, ns, "web", Spec($"www.{ns}.example.com"));
        await _routers.AdmittedAsync(ns, "web", RouterStatusFactory.Default, "True");

        await _scraper.UntilAsync(s => s.Value(Decisions, admitted) == before + 1, s => s.Value(Decisions, admitted).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task CreateRouteForAClaimedHost_CountsARejectionWithItsReason()
    {
        var host = $"www.{ApiPrefixes.NewNamespace()}.example.com";
        var (first, second) = (ApiPrefixes.NewNamespace(), ApiPrefixes.NewNamespace());
        string[] rejected = ["router=" + RouterStatusFactory.Default, "decision=rejected", "reason=" + AdmissionReasons.HostAlreadyClaimed];
        await _api.CreateAsync(ApiPrefixes.Group, first, "web", Spec(host));
        await _routers.AdmittedAsync(first, "web", RouterStatusFactory.Default, "True");
        var before = (await _scraper.ScrapeAsync()).Value(Decisions, rejected);
        factory.Time.Advance(TimeSpan.FromMinutes(1));

        await _api.CreateAsync(ApiPrefixes.Group, second, "web", Spec(host));
        await _routers.AdmittedAsync(second, "web", RouterStatusFactory.Default, "False", AdmissionReasons.HostAlreadyClaimed);

        await _scraper.UntilAsync(s => s.Value(Decisions, rejected) == before + 1, s => s.Value(Decisions, rejected).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
