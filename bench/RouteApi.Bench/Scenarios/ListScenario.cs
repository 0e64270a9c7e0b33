using System.Globalization;
using RouteApi.Bench.Load;
using RouteApi.Bench.Results;

namespace RouteApi.Bench.Scenarios;

/// <summary>b. LIST the routes of a namespace (500) against a bare Kestrel endpoint returning the same bytes.</summary>
internal sealed class ListScenario(BenchEnvironment environment) : IScenario
{
    public string Id => "b";

    public string Title => string.Create(CultureInfo.InvariantCulture, $"LIST {environment.Options.ListSize} routes of a namespace vs bare Kestrel returning the same bytes");

    public async Task RunAsync(ScenarioReport report, CancellationToken cancellationToken)
    {
        var server = await environment.EmbeddedServerAsync(cancellationToken);
        var baseline = await environment.BaselineAsync(cancellationToken);
        using var api = LoadClient.Create(server.BaseAddress, environment.Tokens.AdminToken);
        using var bare = LoadClient.Create(baseline.BaseAddress, environment.Tokens.AdminToken);
        await ReadDataset.EnsureAsync(api, environment.Options.ListSize, cancellationToken);
        var path = RoutePaths.Collection(ReadDataset.Namespace);
        report.Detail("response bytes", await BaselineCopy.UploadAsync(api, path, bare, "list", cancellationToken));
        var concurrency = environment.Options.ReadConcurrency;
        var apiGetter = new FixedGetter(api, path, concurrency);
        var bareGetter = new FixedGetter(bare, "/bytes/list", concurrency);
        await ThroughputComparison.RunAsync(
            environment,
            report,
            (string.Create(CultureInfo.InvariantCulture, $"LIST {environment.Options.ListSize} routes"), Target.Min(0.50)),
            (new LoadSide("baseline", bareGetter.GetAsync, 200, [baseline.Process.Id]), new LoadSide("api", apiGetter.GetAsync, 200, [server.Process.Id])),
            concurrency,
            cancellationToken);
    }
}
