using System.Diagnostics;

namespace RouteApi.Bench.Scenarios;

/// <summary>
/// One watcher on its own connection: reads the JSON-lines stream and, for each frame carrying a
/// sequence number, records the delay since that update was sent (first sighting only). Sequence
/// numbers count from <paramref name="firstSequence"/> (see <see cref="UpdateSender"/>).
/// </summary>
internal sealed class WatchConnection(long[] sentTimestamps, long firstSequence = 0)
{
    private readonly long[] _latencies = new long[sentTimestamps.Length];
    private int _delivered;

    /// <summary>Distinct updates seen so far.</summary>
    public int Delivered => Volatile.Read(ref _delivered);

    /// <summary>Set when the stream ended or failed before the watcher was stopped.</summary>
    public string? Failure { get; private set; }

    /// <summary>Delivery delays in Stopwatch ticks, indexed by sequence number; 0 = not delivered.</summary>
    public ReadOnlySpan<long> Latencies => _latencies;

    public async Task ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        var filled = 0;
        try
        {
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            while (true)
            {
                if (filled == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }

                var read = await body.ReadAsync(buffer.AsMemory(filled), cancellationToken);
                if (read == 0)
                {
                    Failure = "the server ended the watch";
                    return;
                }

                filled = Consume(buffer, filled, filled + read);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped by the scenario.
        }
        catch (Exception failure) when (failure is HttpRequestException or IOException)
        {
            Failure = failure.Message;
        }
        finally
        {
            response.Dispose();
        }
    }

    /// <summary>Handles every complete line in <c>buffer[..end]</c> and moves the incomplete rest to the start.</summary>
    private int Consume(byte[] buffer, int scanFrom, int end)
    {
        var now = Stopwatch.GetTimestamp();
        var lineStart = 0;
        var newline = Array.IndexOf(buffer, (byte)'\n', scanFrom, end - scanFrom);
        while (newline >= 0)
        {
            Record(SequenceFrames.Find(buffer.AsSpan(lineStart, newline - lineStart)) - firstSequence, now);
            lineStart = newline + 1;
            newline = Array.IndexOf(buffer, (byte)'\n', lineStart, end - lineStart);
        }

        Buffer.BlockCopy(buffer, lineStart, buffer, 0, end - lineStart);
        return end - lineStart;
    }

    private void Record(long sequence, long now)
    {
        if (sequence < 0 || sequence >= _latencies.Length || _latencies[sequence] != 0)
        {
            return;
        }

        var sent = Volatile.Read(ref sentTimestamps[sequence]);
        if (sent != 0)
        {
            _latencies[sequence] = Math.Max(now - sent, 1);
            Interlocked.Increment(ref _delivered);
        }
    }
}
