using System.Diagnostics;

namespace RouteApi.Bench.Hosting;

/// <summary>Polls <c>/readyz</c> until it answers 200, for start-up and cold-start timing.</summary>
internal static class Readiness
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);

    /// <summary>Waits for the first 200 from <c>/readyz</c> and returns the Stopwatch timestamp it arrived at.</summary>
    /// <exception cref="InvalidOperationException">The process exited or was not ready within <paramref name="timeout"/>.</exception>
    public static async Task<long> WaitAsync(ChildProcess process, Uri baseAddress, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{process.Name} exited before it was ready:\n{process.RecentOutput()}");
            }

            try
            {
                using var response = await client.GetAsync("/readyz", cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return Stopwatch.GetTimestamp();
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Listening but too slow to answer this probe; the deadline decides.
            }

            await Task.Delay(Poll, cancellationToken);
        }

        throw new InvalidOperationException($"{process.Name} was not ready within {timeout}:\n{process.RecentOutput()}");
    }
}
