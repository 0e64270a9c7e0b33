using System.Diagnostics;

namespace RouteApi.Bench.Scenarios;

/// <summary>Percentiles of delivery delays (Stopwatch ticks) in milliseconds.</summary>
internal sealed record LatencySummary(long Count, double P50, double P99, double Max)
{
    public static LatencySummary Of(IEnumerable<WatchConnection> watchers)
    {
        var all = new List<long>();
        foreach (var watcher in watchers)
        {
            foreach (var ticks in watcher.Latencies)
            {
                if (ticks > 0)
                {
                    all.Add(ticks);
                }
            }
        }

        if (all.Count == 0)
        {
            return new LatencySummary(0, 0, 0, 0);
        }

        all.Sort();
        return new LatencySummary(all.Count, Milliseconds(Percentile(all, 0.50)), Milliseconds(Percentile(all, 0.99)), Milliseconds(all[^1]));
    }

    private static long Percentile(List<long> sorted, double fraction) =>
        sorted[Math.Max((int)Math.Ceiling(fraction * sorted.Count) - 1, 0)];

    private static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
