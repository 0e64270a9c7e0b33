using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace RouteApi.Bench.Scenarios;

/// <summary>
/// Sends the watched updates at a steady rate: merge-patches that set the sequence annotation,
/// spread over a few routes, each sent on its schedule (t0 + n / rate) without waiting for the
/// previous answer, so a slow server shows as latency rather than as a slower sender. The send
/// time of each sequence number is recorded just before its request goes out. Sequence numbers
/// count from <paramref name="firstSequence"/>: a second run over the same routes starts elsewhere,
/// or it would set values the routes already hold (a no-op, which sends no event).
/// </summary>
internal sealed class UpdateSender(HttpClient admin, string @namespace, IReadOnlyList<string> routes, long firstSequence = 0)
{
    private readonly ConcurrentDictionary<int, int> _failures = new();

    /// <summary>Updates not answered 200, by status (0: the request failed without an answer).</summary>
    public IReadOnlyDictionary<int, int> Failures => _failures;

    public int Failed => _failures.Values.Sum();

    /// <summary>Seconds from the first update's send time to the last one's: the schedule as kept.</summary>
    public double SendSeconds { get; private set; }

    public async Task SendAsync(long[] sentTimestamps, int perSecond, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var pending = new List<Task>(sentTimestamps.Length);
        for (var sequence = 0; sequence < sentTimestamps.Length; sequence++)
        {
            var due = started + (long)((double)sequence / perSecond * Stopwatch.Frequency);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }

            pending.Add(PatchAsync(sentTimestamps, sequence, cancellationToken));
        }

        SendSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        await Task.WhenAll(pending);
    }

    private async Task PatchAsync(long[] sentTimestamps, int sequence, CancellationToken cancellationToken)
    {
        var patch = "{\"metadata\":{\"annotations\":{\"" + SequenceFrames.Annotation + "\":\"" + (firstSequence + sequence).ToString(CultureInfo.InvariantCulture) + "\"}}}";
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(patch));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/merge-patch+json");
        using var request = new HttpRequestMessage(HttpMethod.Patch, RoutePaths.Item(@namespace, routes[sequence % routes.Count])) { Content = content };
        Volatile.Write(ref sentTimestamps[sequence], Stopwatch.GetTimestamp());
        try
        {
            using var response = await admin.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                _failures.AddOrUpdate((int)response.StatusCode, 1, (_, count) => count + 1);
            }
        }
        catch (HttpRequestException)
        {
            _failures.AddOrUpdate(0, 1, (_, count) => count + 1);
        }
    }
}
