using System.Diagnostics;

namespace RouteApi.Bench.Load;

/// <summary>
/// A closed-loop load: <c>concurrency</c> workers, each sending its next request as soon as the
/// last one is answered, for a fixed time. Only answers that arrive inside the time count as done;
/// errors count whenever they arrive.
/// </summary>
internal static class ClosedLoopLoad
{
    public static async Task<RoundResult> RunAsync(LoadSide side, int concurrency, TimeSpan duration, CancellationToken cancellationToken)
    {
        var completed = new long[concurrency];
        var errors = new Dictionary<int, long>[concurrency];
        var meter = new CpuMeter(side.Metered);
        var started = Stopwatch.GetTimestamp();
        var end = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = new Task[concurrency];
        for (var w = 0; w < concurrency; w++)
        {
            var worker = w;
            errors[worker] = [];
            workers[worker] = Task.Run(() => WorkAsync(side, worker, end, completed, errors[worker], cancellationToken), cancellationToken);
        }

        await Task.WhenAll(workers);
        var cpu = meter.Stop();
        var merged = errors.SelectMany(e => e).GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Sum(e => e.Value));
        return new RoundResult(completed.Sum(), duration, merged, cpu);
    }

    /// <summary>Runs operations until <paramref name="count"/> have succeeded (for loading data), failing on the first error.</summary>
    public static async Task RunCountAsync(LoadOperation operation, int expectedStatus, int concurrency, long count, CancellationToken cancellationToken)
    {
        var remaining = count;
        var workers = Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            while (Interlocked.Decrement(ref remaining) >= 0)
            {
                var status = await operation(worker, cancellationToken);
                if (status != expectedStatus)
                {
                    throw new InvalidOperationException($"expected {expectedStatus} while loading data, got {status}");
                }
            }
        }, cancellationToken));
        await Task.WhenAll(workers);
    }

    private static async Task WorkAsync(LoadSide side, int worker, long end, long[] completed, Dictionary<int, long> errors, CancellationToken cancellationToken)
    {
        long done = 0;
        while (Stopwatch.GetTimestamp() < end)
        {
            int status;
            try
            {
                status = await side.Operation(worker, cancellationToken);
            }
            catch (HttpRequestException)
            {
                status = 0;
            }

            if (status != side.ExpectedStatus)
            {
                errors[status] = errors.GetValueOrDefault(status) + 1;
            }
            else if (Stopwatch.GetTimestamp() <= end)
            {
                done++;
            }
        }

        completed[worker] = done;
    }
}
