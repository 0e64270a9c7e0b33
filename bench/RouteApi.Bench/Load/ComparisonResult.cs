namespace RouteApi.Bench.Load;

/// <summary>The measured rounds of both sides of a comparison, in the order they ran.</summary>
internal sealed record ComparisonResult(IReadOnlyList<RoundResult> Baseline, IReadOnlyList<RoundResult> Api)
{
    public double BaselineMedian => Median(Baseline.Select(r => r.PerSecond));

    public double ApiMedian => Median(Api.Select(r => r.PerSecond));

    public long ErrorCount => Baseline.Concat(Api).Sum(r => r.ErrorCount);

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return 0;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
