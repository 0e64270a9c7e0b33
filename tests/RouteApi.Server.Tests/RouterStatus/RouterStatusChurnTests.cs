using Microsoft.Extensions.DependencyInjection;
using RouteApi.Core.Admission;
using RouteApi.Core.Model;
using RouteApi.Server.RouterStatus;

namespace RouteApi.Server.Tests.RouterStatus;

public sealed class RouterStatusChurnTests(RouterStatusFactory factory) : IClassFixture<RouterStatusFactory>
{
    private const int Routes = 1_000;
    private const int Hosts = 40;

    private readonly ApiClient _api = new(factory.CreateClient());
    private readonly RouterStatusDriver _routers = new(factory);

    [Fact]
    public async Task Churn_ThousandRoutesOnOverlappingHosts_EveryEntryEqualsAFreshEvaluation()
    {
        var namespaces = Enumerable.Range(0, 5).Select(_ => ApiPrefixes.NewNamespace()).ToArray();
        var suffix = namespaces[0];
        var random = new Random(8);
        var plan = Enumerable.Range(0, Routes).Select(i => (
            Ns: namespaces[random.Next(namespaces.Length)],
            Name: "r" + i,
            Host: $"h{random.Next(Hosts)}.{suffix}.example.com",
            Path: random.Next(3) switch { 0 => "", 1 => "/a", _ => "/b" },
            Label: random.Next(2) == 0 ? ""","labels":{"shard":"internal"}""" : "",
            Delete: random.Next(3) == 0)).ToList();

        await Parallel.ForEachAsync(plan, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = TestContext.Current.CancellationToken }, async (route, _) =>
        {
            var path = route.Path.Length == 0 ? "" : $$""","path":"{{route.Path}}" """;
            await _api.CreateAsync(ApiPrefixes.Group, route.Ns, route.Name, $$"""{"host":"{{route.Host}}","to":{"name":"svc"}{{path}}}""", route.Label);
            if (route.Delete)
            {
                await _api.DeleteRouteAsync($"{ApiPrefixes.Group}/namespaces/{route.Ns}/routes/{route.Name}");
            }
        });

        var settings = factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<RouterStatusOptions>>().Value.Routers
            .Select(RouterStatusService.ToSettings).ToList();
        await _routers.UntilAsync(() => Mismatches(settings).Count == 0 ? "settled" : null,
            () => string.Join("; ", Mismatches(settings).Take(5)), TimeSpan.FromMinutes(5));

        Assert.Empty(Mismatches(settings));
        Assert.Equal(plan.Count(p => !p.Delete), Ours(factory.Cache.Snapshot.List(factory.Layout.Routes).Select(o => o.Value), namespaces).Count());
    }

    /// <summary>Routes of this test whose entries differ from what a fresh evaluation of the current routes says.</summary>
    private List<string> Mismatches(List<RouterSettings> routers)
    {
        var routes = factory.Cache.Snapshot.List(factory.Layout.Routes).Select(o => o.Value).ToList();
        var mismatches = new List<string>();
        foreach (var router in routers)
        {
            var decisions = RouterAdmission.Evaluate(routes, router);
            foreach (var route in routes)
            {
                var key = new ResourceKey(route.Metadata.Namespace!, route.Metadata.Name!);
                var entry = IngressStatus.Find(route, router.Name);
                var expected = decisions.GetValueOrDefault(key);
                var fine = expected is null ? entry is null : entry is not null && IngressStatus.Matches(entry, router, expected);
                if (!fine)
                {
                    mismatches.Add($"{key.Namespace}/{key.Name} for {router.Name}: expected {expected}");
                }
            }
        }

        return mismatches;
    }

    private static IEnumerable<Route> Ours(IEnumerable<Route> routes, string[] namespaces) =>
        routes.Where(r => namespaces.Contains(r.Metadata.Namespace));
}
