using RouteApi.Bench.Load;
using RouteApi.Bench.Results;

namespace RouteApi.Bench.Scenarios;

/// <summary>a. GET one route (of a namespace of 500) against a bare Kestrel endpoint returning the same bytes.</summary>
internal sealed class GetOneScenario(BenchEnvironment environment) : IScenario
{
    public string Id => "a";

    public string Title => "GET one route vs bare Kestrel returning the same bytes";

    public async Task RunAsync(ScenarioReport report, CancellationToken cancellationToken)
    {
        var server = await environment.EmbeddedServerAsync(cancellationToken);
        var baseline = await environment.BaselineAsync(cancellationToken);
        using var api = LoadClient.Create(server.BaseAddress, environment.Tokens.AdminToken);
        using var bare = LoadClient.Create(baseline.BaseAddress, environment.Tokens.AdminToken);
        await ReadDataset.EnsureAsync(api, environment.Options.ListSize, cancellationToken);
        var path = RoutePaths.Item(ReadDataset.Namespace, ReadDataset.FirstRoute);
        report.Detail("response bytes", await BaselineCopy.UploadAsync(api, path, bare, "get", cancellationToken));
        var concurrency = environment.Options.ReadConcurrency;
        var apiGetter = new FixedGetter(api, path, concurrency);
        var bareGetter = new FixedGetter(bare, "/bytes/get", concurrency);
        await ThroughputComparison.RunAsync(
            environment,
            report,
            ("GET one route", Target.Min(0.60)),
            (new LoadSide("baseline", bareGetter.GetAsync, 200, [baseline.Process.Id]), new LoadSide("api", apiGetter.GetAsync, 200, [server.Process.Id])),
            concurrency,
            cancellationToken);
    }
}
