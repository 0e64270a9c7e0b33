using System.Diagnostics;
using System.Globalization;
using RouteApi.Bench.Load;
using RouteApi.Bench.Results;

namespace RouteApi.Bench.Scenarios;

/// <summary>
/// f. Memory and scale on a fresh embedded-store server: load the routes through the API
/// (concurrent creates spread over a few namespaces), then the server's RSS after a settle, the
/// time to list them all (every namespace) in pages of 500, and the cold start on the same data.
/// </summary>
internal sealed class ScaleScenario(BenchEnvironment environment) : IScenario
{
    private const int PageSize = 500;

    public string Id => "f";

    public string Title => string.Create(CultureInfo.InvariantCulture,
        $"Memory and scale: {environment.Options.ScaleRoutes} routes in {environment.Options.ScaleNamespaces} namespaces");

    public async Task RunAsync(ScenarioReport report, CancellationToken cancellationToken)
    {
        var options = environment.Options;
        var server = await environment.StartServerAsync("routeapi-scale", [], cancellationToken);
        using (var admin = LoadClient.Create(server.BaseAddress, environment.Tokens.AdminToken))
        {
            await LoadAsync(report, admin, cancellationToken);
            await Task.Delay(options.Settle, cancellationToken);
            var rss = server.Process.ResidentBytes() / (1024.0 * 1024);
            report.Figures.Add(Figure.Single(Id, "RSS after loading", "MB", rss, Target.Max(400)));
            var listSeconds = await ListAllAsync(report, admin, cancellationToken);
            report.Figures.Add(Figure.Single(Id, "list all in pages of 500", "s", listSeconds, Target.Max(3)));
        }

        await server.Process.TerminateAsync(TimeSpan.FromSeconds(30), cancellationToken);
        var coldStart = await server.RestartAsync(cancellationToken);
        report.Figures.Add(Figure.Single(Id, "cold start to ready", "s", coldStart.TotalSeconds, Target.Max(5)));
        report.Detail("RSS at ready after cold start (MB)", server.Process.ResidentBytes() / (1024.0 * 1024));
        report.Notes.Add("RSS is VmRSS from /proc/PID/status; cold start is from process start (SIGTERM'd server, same data dir) to the first /readyz 200");
    }

    private async Task LoadAsync(ScenarioReport report, HttpClient admin, CancellationToken cancellationToken)
    {
        var options = environment.Options;
        var concurrency = options.WriteConcurrency;
        var perNamespace = options.ScaleRoutes / options.ScaleNamespaces;
        var started = Stopwatch.GetTimestamp();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, options.ScaleNamespaces),
            new ParallelOptions { MaxDegreeOfParallelism = options.ScaleNamespaces, CancellationToken = cancellationToken },
            async (index, token) =>
            {
                var workers = Math.Max(concurrency / options.ScaleNamespaces, 1);
                var count = perNamespace + (index < options.ScaleRoutes % options.ScaleNamespaces ? 1 : 0);
                var @namespace = string.Create(CultureInfo.InvariantCulture, $"bench-scale-{index}");
                var poster = new RoutePoster(admin, RoutePaths.Collection(@namespace), new RouteBodyTemplate(@namespace), new UniqueNames("route"), workers);
                await ClosedLoopLoad.RunCountAsync(poster.PostAsync, 201, workers, count, token);
            });
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        report.Detail("load seconds", seconds);
        report.Detail("load creates/s", options.ScaleRoutes / seconds);
    }

    /// <summary>Lists every route of every namespace in pages and returns the seconds it took; fails unless all were listed.</summary>
    private async Task<double> ListAllAsync(ScenarioReport report, HttpClient admin, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var pages = 0;
        long items = 0;
        string? token = null;
        using var body = new MemoryStream();
        do
        {
            var path = $"{RoutePaths.Group}/routes?limit={PageSize}" + (token is null ? string.Empty : "&continue=" + Uri.EscapeDataString(token));
            using var response = await admin.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new ScenarioFailedException($"page {pages + 1} answered {(int)response.StatusCode}");
            }

            body.SetLength(0);
            await response.Content.CopyToAsync(body, cancellationToken);
            var page = ListPage.Parse(body.GetBuffer().AsSpan(0, (int)body.Length));
            items += page.Items;
            pages++;
            token = page.Continue;
        }
        while (token is not null);

        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        report.Detail("pages", pages);
        report.Detail("routes listed", items);
        return items == environment.Options.ScaleRoutes
            ? seconds
            : throw new ScenarioFailedException(string.Create(CultureInfo.InvariantCulture, $"listed {items} routes, expected {environment.Options.ScaleRoutes}"));
    }
}
