using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace RouteApi.Bench.Scenarios;

/// <summary>
/// Sends the watched updates at a steady rate: merge-patches that set the sequence annotation,
/// spread over a few routes, each sent on its schedule (t0 + n / rate) without waiting for the
/// previous answer, so a slow server shows as latency rather than as a slower sender. The send
/// time of each sequence number is recorded just before its request goes out.
/// </summary>
internal sealed class UpdateSender(HttpClient admin, string @namespace, IReadOnlyList<string> routes)
{
    private int _failed;

    /// <summary>Updates not answered 200.</summary>
    public int Failed => _failed;

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

        await Task.WhenAll(pending);
    }

    private async Task PatchAsync(long[] sentTimestamps, int sequence, CancellationToken cancellationToken)
    {
        var patch = "{\"metadata\":{\"annotations\":{\"" + SequenceFrames.Annotation + "\":\"" + sequence.ToString(CultureInfo.InvariantCulture) + "\"}}}";
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(patch));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/merge-patch+json");
        using var request = new HttpRequestMessage(HttpMethod.Patch, RoutePaths.Item(@namespace, routes[sequence % routes.Count])) { Content = content };
        Volatile.Write(ref sentTimestamps[sequence], Stopwatch.GetTimestamp());
        try
        {
            using var response = await admin.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref _failed);
            }
        }
        catch (HttpRequestException)
        {
            Interlocked.Increment(ref _failed);
        }
    }
}
