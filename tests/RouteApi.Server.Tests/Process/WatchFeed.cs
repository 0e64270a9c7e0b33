using System.Net;
using System.Threading.Channels;
using RouteApi.Server.Tests.Endpoints;

namespace RouteApi.Server.Tests.Process;

/// <summary>
/// A JSON watch stream on a server process, read in the background into a channel, so a test can
/// await its events under its own deadline while storage faults hold them back for seconds.
/// </summary>
internal sealed class WatchFeed : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly Channel<WatchEvent> _events = Channel.CreateUnbounded<WatchEvent>();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _pump;
    private int _disposed;

    private WatchFeed(HttpResponseMessage response, Stream body)
    {
        _response = response;
        _pump = PumpAsync(body);
    }

    /// <summary>Starts a watch (<c>GET path</c>) and returns once it answered 200.</summary>
    public static async Task<WatchFeed> OpenAsync(HttpClient http, string path, CancellationToken cancellationToken)
    {
        var response = await http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            response.Dispose();
            Assert.Fail($"watch {path} answered {(int)response.StatusCode}: {body}");
        }

        return new WatchFeed(response, await response.Content.ReadAsStreamAsync(cancellationToken));
    }

    /// <summary>The next event, or null once the stream has ended (cleanly or broken).</summary>
    public async Task<WatchEvent?> NextAsync(CancellationToken cancellationToken) =>
        await _events.Reader.WaitToReadAsync(cancellationToken) && _events.Reader.TryRead(out var next) ? next : null;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stop.CancelAsync();
        _response.Dispose();
        await _pump;
        _stop.Dispose();
    }

    private async Task PumpAsync(Stream body)
    {
        try
        {
            using var reader = new StreamReader(body);
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                await _events.Writer.WriteAsync(WatchEvent.Parse(line), _stop.Token);
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or HttpRequestException or ObjectDisposedException)
        {
            // A broken or stopped stream ends the feed like a clean end: the reader re-watches.
        }
        finally
        {
            _events.Writer.TryComplete();
        }
    }
}
