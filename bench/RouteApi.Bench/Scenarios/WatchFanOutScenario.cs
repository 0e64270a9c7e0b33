using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using RouteApi.Bench.Load;
using RouteApi.Bench.Results;

namespace RouteApi.Bench.Scenarios;

/// <summary>
/// e. WATCH fan-out: many watchers of one namespace (JSON streams, each on its own connection, a
/// few dozen users) while updates arrive at a steady rate. Records how many events reached how many
/// watchers and the delay from an update's send time to its arrival at each watcher.
/// </summary>
internal sealed class WatchFanOutScenario(BenchEnvironment environment) : IScenario
{
    private const string Namespace = "bench-watch";
    private const int OpenBatch = 50;

    // Enough to run every per-frame path; the admin's own watch limit (100) leaves room.
    private const int WarmUpWatchers = 50;

    // Warm-up sequence numbers start far above the measured ones, so no measured update repeats a value.
    private const long WarmUpSequence = 1_000_000;

    public string Id => "e";

    public string Title => string.Create(CultureInfo.InvariantCulture,
        $"WATCH fan-out: {environment.Options.Watchers} watchers on one namespace, {environment.Options.UpdatesPerSecond} updates/s for {environment.Options.WatchDuration.TotalSeconds:0} s");

    public async Task RunAsync(ScenarioReport report, CancellationToken cancellationToken)
    {
        var options = environment.Options;
        var server = await environment.EmbeddedServerAsync(cancellationToken);
        using var admin = LoadClient.Create(server.BaseAddress, environment.Tokens.AdminToken);
        using var watchClient = LoadClient.Create(server.BaseAddress, null);
        var routes = await PrepareRoutesAsync(admin, cancellationToken);
        await WarmUpAsync(admin, watchClient, routes, cancellationToken);
        var resourceVersion = await ListResourceVersionAsync(admin, cancellationToken);

        var sent = new long[(int)(options.UpdatesPerSecond * options.WatchDuration.TotalSeconds)];
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var watchers = new List<WatchConnection>();
        var reading = new List<Task>();
        var rejected = new Dictionary<int, int>();
        for (var first = 0; first < options.Watchers; first += OpenBatch)
        {
            var batch = Enumerable.Range(first, Math.Min(OpenBatch, options.Watchers - first))
                .Select(i => OpenAsync(watchClient, environment.Tokens.WatcherTokens[i / options.WatchersPerUser], resourceVersion, cancellationToken));
            foreach (var response in await Task.WhenAll(batch))
            {
                if (response.IsSuccessStatusCode)
                {
                    var watcher = new WatchConnection(sent);
                    watchers.Add(watcher);
                    reading.Add(watcher.ReadAsync(response, stop.Token));
                }
                else
                {
                    rejected[(int)response.StatusCode] = rejected.GetValueOrDefault((int)response.StatusCode) + 1;
                    response.Dispose();
                }
            }
        }

        environment.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {watchers.Count} watchers open, sending {sent.Length} updates"));
        var sender = new UpdateSender(admin, Namespace, routes);
        var meter = new CpuMeter([server.Process.Id]);
        var sendStarted = Stopwatch.GetTimestamp();
        await sender.SendAsync(sent, options.UpdatesPerSecond, cancellationToken);
        var sendSeconds = Stopwatch.GetElapsedTime(sendStarted).TotalSeconds;
        var cpu = meter.Stop();
        await DrainAsync(watchers, sent.Length, cancellationToken);
        await stop.CancelAsync();
        await Task.WhenAll(reading);

        Record(report, (watchers, rejected, sent.Length, sender), cpu, sendSeconds);
    }

    /// <summary>
    /// Runs the same updates to a few watchers for the warm-up time and waits for their events, so
    /// the measured watchers meet a server whose watch and update paths are compiled, as a–d warm
    /// up before they measure. The measured watchers start after these events.
    /// </summary>
    private async Task WarmUpAsync(HttpClient admin, HttpClient watchClient, IReadOnlyList<string> routes, CancellationToken cancellationToken)
    {
        var options = environment.Options;
        var resourceVersion = await ListResourceVersionAsync(admin, cancellationToken);
        var sent = new long[Math.Max(1, (int)(options.UpdatesPerSecond * options.WarmUp.TotalSeconds))];
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var watchers = new List<WatchConnection>();
        var reading = new List<Task>();
        foreach (var response in await Task.WhenAll(Enumerable.Range(0, Math.Min(WarmUpWatchers, options.Watchers))
            .Select(_ => OpenAsync(watchClient, environment.Tokens.AdminToken, resourceVersion, cancellationToken))))
        {
            if (!response.IsSuccessStatusCode)
            {
                response.Dispose();
                throw new ScenarioFailedException($"a warm-up watch answered {(int)response.StatusCode}");
            }

            var watcher = new WatchConnection(sent, WarmUpSequence);
            watchers.Add(watcher);
            reading.Add(watcher.ReadAsync(response, stop.Token));
        }

        await new UpdateSender(admin, Namespace, routes, WarmUpSequence).SendAsync(sent, options.UpdatesPerSecond, cancellationToken);
        await DrainAsync(watchers, sent.Length, cancellationToken);
        await stop.CancelAsync();
        await Task.WhenAll(reading);
    }

    private void Record(ScenarioReport report, (List<WatchConnection> Watchers, Dictionary<int, int> Rejected, int Updates, UpdateSender Sender) run, CpuUse cpu, double sendSeconds)
    {
        var options = environment.Options;
        var failed = run.Sender.Failures;
        var expected = (long)options.Watchers * run.Updates;
        var delivered = run.Watchers.Sum(w => (long)w.Delivered);
        var latency = LatencySummary.Of(run.Watchers);
        report.Figures.Add(Figure.Single(Id, "WATCH events delivered", "%", 100.0 * delivered / expected, Target.Min(100)));
        report.Figures.Add(Figure.Single(Id, "WATCH p99 delivery latency", "ms", latency.P99, Target.Max(100)));
        report.Detail("watchers requested", options.Watchers);
        report.Detail("watchers connected", run.Watchers.Count);
        report.Detail("watchers rejected", run.Rejected.Values.Sum());
        report.Detail("watch users", (options.Watchers + options.WatchersPerUser - 1) / options.WatchersPerUser);
        report.Detail("watchers ended early", run.Watchers.Count(w => w.Failure is not null));
        report.Detail("routes updated", options.WatchRoutes);
        report.Detail("updates sent", run.Updates);
        report.Detail("updates failed", failed.Values.Sum());
        report.Detail("seconds from first to last send", run.Sender.SendSeconds);
        report.Detail("seconds until every update was answered", sendSeconds);
        report.Detail("events expected", expected);
        report.Detail("events delivered", delivered);
        report.Detail("latency p50 (ms)", latency.P50);
        report.Detail("latency p99 (ms)", latency.P99);
        report.Detail("latency max (ms)", latency.Max);
        report.Detail("server CPU while sending (cores)", cpu.Served);
        report.Detail("harness CPU while sending (cores)", cpu.Harness);
        report.Detail("machine CPU while sending (cores)", cpu.Machine);
        report.Notes.Add("latency is measured from the send time of each PATCH (just before the request goes out) to the frame's arrival at the watcher, so it includes the update's own commit");
        foreach (var (status, count) in run.Rejected)
        {
            report.Notes.Add(string.Create(CultureInfo.InvariantCulture, $"{count} watchers rejected with {status}"));
        }

        foreach (var (status, count) in failed)
        {
            report.Notes.Add(string.Create(CultureInfo.InvariantCulture, $"{count} updates answered {(status == 0 ? "nothing (request failed)" : status)}; their events count as expected"));
        }

        // Failed updates are part of the measurement (their events count as undelivered); rejected
        // watchers or no events at all mean the run itself is wrong.
        if (run.Rejected.Count > 0 || latency.Count == 0)
        {
            throw new ScenarioFailedException(string.Create(CultureInfo.InvariantCulture,
                $"{run.Rejected.Values.Sum()} watchers rejected, {latency.Count} events seen"));
        }
    }

    private async Task<List<string>> PrepareRoutesAsync(HttpClient admin, CancellationToken cancellationToken)
    {
        var template = new RouteBodyTemplate(Namespace);
        var names = Enumerable.Range(1, environment.Options.WatchRoutes).Select(i => string.Create(CultureInfo.InvariantCulture, $"watched-{i}")).ToList();
        foreach (var name in names)
        {
            using var content = new ByteArrayContent(template.Create(name));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var created = await admin.PostAsync(RoutePaths.Collection(Namespace), content, cancellationToken);
            if ((int)created.StatusCode != 201)
            {
                throw new ScenarioFailedException($"creating {name} answered {(int)created.StatusCode}");
            }
        }

        return names;
    }

    private static async Task<string> ListResourceVersionAsync(HttpClient admin, CancellationToken cancellationToken)
    {
        await using var list = await admin.GetStreamAsync(RoutePaths.Collection(Namespace), cancellationToken);
        using var document = await JsonDocument.ParseAsync(list, cancellationToken: cancellationToken);
        return document.RootElement.GetProperty("metadata").GetProperty("resourceVersion").GetString()
            ?? throw new ScenarioFailedException("the list has no resourceVersion");
    }

    private static async Task<HttpResponseMessage> OpenAsync(HttpClient client, string token, string resourceVersion, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{RoutePaths.Collection(Namespace)}?watch=true&resourceVersion={resourceVersion}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
    }

    /// <summary>Waits until every open watcher saw every update, or until the drain time is over.</summary>
    private async Task DrainAsync(List<WatchConnection> watchers, int updates, CancellationToken cancellationToken)
    {
        var drainEnd = Stopwatch.GetTimestamp() + (long)(environment.Options.WatchDrain.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < drainEnd && watchers.Any(w => w.Delivered < updates && w.Failure is null))
        {
            await Task.Delay(50, cancellationToken);
        }
    }
}
