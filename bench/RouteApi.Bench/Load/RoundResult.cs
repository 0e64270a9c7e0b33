namespace RouteApi.Bench.Load;

/// <summary>One measured round of one side.</summary>
/// <param name="Completed">Requests answered with the expected status before the round ended.</param>
/// <param name="Elapsed">The round's length.</param>
/// <param name="Errors">Answers with any other status, or failed requests, by status (0 for an exception).</param>
/// <param name="Cpu">CPU use during the round.</param>
internal sealed record RoundResult(long Completed, TimeSpan Elapsed, IReadOnlyDictionary<int, long> Errors, CpuUse Cpu)
{
    public double PerSecond => Completed / Elapsed.TotalSeconds;

    public long ErrorCount => Errors.Values.Sum();
}
