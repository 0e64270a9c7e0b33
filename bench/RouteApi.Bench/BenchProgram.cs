using System.Diagnostics;
using System.Globalization;
using RouteApi.Bench.Results;
using RouteApi.Bench.Scenarios;

namespace RouteApi.Bench;

/// <summary>
/// The harness: starts what the chosen scenarios need, runs them one after another, prints and
/// writes the results. Exit code 0 when every scenario was measured (targets met or not: it is a
/// measurement), 1 when a scenario could not be measured, 2 for bad arguments, 130 on Ctrl-C.
/// </summary>
internal static class BenchProgram
{
    public static async Task<int> RunAsync(string[] args, TextWriter console, CancellationToken cancellationToken = default)
    {
        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (ArgumentException invalid)
        {
            await console.WriteLineAsync(invalid.Message + "\n" + BenchOptions.Usage);
            return 2;
        }

        using var interrupted = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            // Cancel the run instead of dying, so the servers and etcd it started are stopped.
            e.Cancel = true;
            interrupted.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            return await RunScenariosAsync(options, console, interrupted.Token);
        }
        catch (OperationCanceledException) when (interrupted.IsCancellationRequested)
        {
            await console.WriteLineAsync("interrupted; every process the harness started was stopped");
            return 130;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static async Task<int> RunScenariosAsync(BenchOptions options, TextWriter console, CancellationToken cancellationToken)
    {
        var report = new RunReport(MachineFacts.Read(), options, []);
        await console.WriteLineAsync("Machine: " + report.Machine);
        var scenarios = new List<ScenarioReport>();
        await using (var environment = new BenchEnvironment(options, console))
        {
            environment.StartShared(options.Scenarios, cancellationToken);
            foreach (var id in options.Scenarios)
            {
                var scenario = ScenarioCatalog.Create(id, environment);
                var result = new ScenarioReport(scenario.Id, scenario.Title);
                scenarios.Add(result);
                await console.WriteLineAsync($"{scenario.Id}. {scenario.Title}");
                var started = Stopwatch.GetTimestamp();
                try
                {
                    await scenario.RunAsync(result, cancellationToken);
                }
                catch (Exception failure) when (!cancellationToken.IsCancellationRequested)
                {
                    result.Error = failure is Load.ScenarioFailedException ? failure.Message : failure.ToString();
                    await console.WriteLineAsync("    FAILED: " + result.Error);
                }

                await console.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"    ({Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s)"));
            }
        }

        var final = report with { Scenarios = scenarios };
        await console.WriteLineAsync();
        await console.WriteLineAsync(MarkdownTable.Render(final));
        ResultFiles.Write(final, options.OutDirectory);
        await console.WriteLineAsync($"Results: {Path.GetFullPath(options.OutDirectory)} ({ResultFiles.Json}, {ResultFiles.Markdown}, {ResultFiles.Chart})");
        return scenarios.Any(s => s.Error is not null) ? 1 : 0;
    }
}
