using RouteApi.Bench.Load;
using RouteApi.Bench.Results;

namespace RouteApi.Bench.Scenarios;

/// <summary>Runs a throughput comparison in alternating rounds and records its figure and CPU use.</summary>
internal static class ThroughputComparison
{
    public static async Task RunAsync(BenchEnvironment environment, ScenarioReport report, (string Metric, Target Target) figure, (LoadSide Baseline, LoadSide Api) sides, int concurrency, CancellationToken cancellationToken)
    {
        report.Detail("concurrency", concurrency);
        var result = await new AlternatingRunner(environment.Options, environment.Console).RunAsync(sides.Baseline, sides.Api, concurrency, cancellationToken);
        report.Figures.Add(new Figure(
            report.Id,
            figure.Metric,
            "req/s",
            result.ApiMedian,
            result.BaselineMedian,
            figure.Target,
            [.. result.Api.Select(r => r.PerSecond)],
            [.. result.Baseline.Select(r => r.PerSecond)]));
        RecordCpu(report, "baseline", result.Baseline);
        RecordCpu(report, "api", result.Api);
    }

    private static void RecordCpu(ScenarioReport report, string side, IReadOnlyList<RoundResult> rounds)
    {
        report.Detail($"{side} served CPU (cores, median)", ComparisonResult.Median(rounds.Select(r => r.Cpu.Served)));
        report.Detail($"{side} harness CPU (cores, median)", ComparisonResult.Median(rounds.Select(r => r.Cpu.Harness)));
        report.Detail($"{side} machine CPU (cores, median)", ComparisonResult.Median(rounds.Select(r => r.Cpu.Machine)));
    }
}
