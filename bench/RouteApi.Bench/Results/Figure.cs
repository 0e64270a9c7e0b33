namespace RouteApi.Bench.Results;

/// <summary>
/// One measured figure with its target. Compared with a baseline (<see cref="BaselineMedian"/> set),
/// the target applies to <see cref="Ratio"/> = api ÷ baseline; otherwise to <see cref="ApiMedian"/> itself.
/// </summary>
/// <param name="Scenario">The scenario letter.</param>
/// <param name="Metric">What was measured, e.g. "GET one route (requests/s)".</param>
/// <param name="Unit">The unit of the medians.</param>
/// <param name="ApiMedian">RouteApi's median over its rounds (one round for the figures without a baseline).</param>
/// <param name="BaselineMedian">The baseline's median, or null.</param>
/// <param name="Target">The target for the compared value.</param>
/// <param name="ApiRounds">Every round of RouteApi, in order.</param>
/// <param name="BaselineRounds">Every round of the baseline, in order (empty without one).</param>
internal sealed record Figure(
    string Scenario,
    string Metric,
    string Unit,
    double ApiMedian,
    double? BaselineMedian,
    Target Target,
    IReadOnlyList<double> ApiRounds,
    IReadOnlyList<double> BaselineRounds)
{
    public double? Ratio => BaselineMedian is > 0 and var baseline ? ApiMedian / baseline : null;

    /// <summary>The value the target applies to: the ratio when there is a baseline, else the figure.</summary>
    public double Compared => Ratio ?? ApiMedian;

    public bool Met => Target.IsMet(Compared);

    public static Figure Single(string scenario, string metric, string unit, double value, Target target) =>
        new(scenario, metric, unit, value, null, target, [value], []);
}
