namespace RouteApi.Bench.Results;

/// <summary>Everything one harness run measured, written to the console, results.json, results.md and chart.svg.</summary>
internal sealed record RunReport(MachineFacts Machine, BenchOptions Options, IReadOnlyList<ScenarioReport> Scenarios)
{
    public IEnumerable<Figure> Figures => Scenarios.SelectMany(s => s.Figures);

    /// <summary>Command-line flags the run gave a server beyond the shipped defaults, and why an operator would.</summary>
    public List<string> ServerFlags { get; } = [];
}
