using RouteApi.Bench.Load;
using RouteApi.Bench.Results;

namespace RouteApi.Bench.Scenarios;

/// <summary>
/// c. CREATE on the embedded (SQLite, durable) store against a bare endpoint that parses the same
/// JSON body into a JsonNode tree and writes it back. Only 201 counts for RouteApi, only 200 for the echo.
/// </summary>
internal sealed class CreateEmbeddedScenario(BenchEnvironment environment) : IScenario
{
    private const string Namespace = "bench-create";

    public string Id => "c";

    public string Title => "CREATE on the embedded store vs bare Kestrel parsing and echoing the JSON body (JsonNode)";

    public async Task RunAsync(ScenarioReport report, CancellationToken cancellationToken)
    {
        var server = await environment.EmbeddedServerAsync(cancellationToken);
        var baseline = await environment.BaselineAsync(cancellationToken);
        using var api = LoadClient.Create(server.BaseAddress, environment.Tokens.AdminToken);
        using var bare = LoadClient.Create(baseline.BaseAddress, environment.Tokens.AdminToken);
        var concurrency = environment.Options.WriteConcurrency;
        var template = new RouteBodyTemplate(Namespace);
        var names = new UniqueNames("create");
        report.Detail("request bytes", template.Create("create-100000").Length);
        var creator = new RoutePoster(api, RoutePaths.Collection(Namespace), template, names, concurrency);
        var echo = new RoutePoster(bare, "/echo", template, names, concurrency);
        await ThroughputComparison.RunAsync(
            environment,
            report,
            ("CREATE, embedded store", Target.Min(0.30)),
            (new LoadSide("baseline", echo.PostAsync, 200, [baseline.Process.Id]), new LoadSide("api", creator.PostAsync, 201, [server.Process.Id])),
            concurrency,
            cancellationToken);
    }
}
