using System.Globalization;

namespace RouteApi.Bench.Load;

/// <summary>
/// Measures the two sides of a comparison in alternating rounds (baseline, api, baseline, api, …)
/// after one warm-up of each, so a machine that gets busier or quieter during the run affects both
/// sides alike. Every round is printed as it ends.
/// </summary>
internal sealed class AlternatingRunner(BenchOptions options, TextWriter console)
{
    public async Task<ComparisonResult> RunAsync(LoadSide baseline, LoadSide api, int concurrency, CancellationToken cancellationToken)
    {
        foreach (var side in new[] { baseline, api })
        {
            var warm = await ClosedLoopLoad.RunAsync(side, concurrency, options.WarmUp, cancellationToken);
            ThrowOnErrors(side, warm, "warm-up");
        }

        var baselineRounds = new List<RoundResult>();
        var apiRounds = new List<RoundResult>();
        for (var round = 1; round <= options.Rounds; round++)
        {
            foreach (var (side, rounds) in new[] { (baseline, baselineRounds), (api, apiRounds) })
            {
                var result = await ClosedLoopLoad.RunAsync(side, concurrency, options.RoundDuration, cancellationToken);
                rounds.Add(result);
                console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"    round {round} {side.Label,-8} {result.PerSecond,10:F0}/s  errors {result.ErrorCount}  cpu served {result.Cpu.Served:F2} harness {result.Cpu.Harness:F2} machine {result.Cpu.Machine:F2} cores"));
                ThrowOnErrors(side, result, $"round {round}");
            }
        }

        return new ComparisonResult(baselineRounds, apiRounds);
    }

    private static void ThrowOnErrors(LoadSide side, RoundResult result, string when)
    {
        if (result.ErrorCount > 0)
        {
            var codes = string.Join(", ", result.Errors.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Value} × {(e.Key == 0 ? "connection failure" : e.Key)}")));
            throw new ScenarioFailedException($"{side.Label} {when}: {codes} (only {side.ExpectedStatus} counts)");
        }
    }
}
