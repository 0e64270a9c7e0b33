using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace RouteApi.Server.Tests.Endpoints;

/// <summary>One event of a watch stream: its type, its object and the raw line it came in.</summary>
internal sealed record WatchEvent(string Type, JsonObject Object, string Line)
{
    public static WatchEvent Parse(string line)
    {
        var json = JsonNode.Parse(line)!.AsObject();
        return new WatchEvent((string)json["type"]!, json["object"]!.AsObject(), line);
    }

    public string? Name => (string?)Object["metadata"]?["name"];

    public string? ResourceVersion => (string?)Object["metadata"]?["resourceVersion"];

    public long Revision => long.Parse(ResourceVersion!, CultureInfo.InvariantCulture);

    /// <summary><c>TYPE name</c> (just <c>TYPE</c> for a bookmark), for readable assertions on sequences of events.</summary>
    public string Summary => Name is null ? Type : $"{Type} {Name}";

    public string? Str(string path)
    {
        JsonNode? node = Object;
        foreach (var part in path.Split('.'))
        {
            node = int.TryParse(part, out var index) ? node?[index] : node?[part];
        }

        return node?.GetValue<string>();
    }
}

/// <summary>
/// A streaming watch on the test server: the response is returned as soon as its headers arrive,
/// then the body is read one <c>\n</c>-terminated JSON line at a time, each within 5 seconds.
/// </summary>
internal sealed class WatchStream : IAsyncDisposable
{
    public static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(5);

    private readonly Stream _body;
    private readonly byte[] _buffer = new byte[16 * 1024];
    private readonly MemoryStream _partial = new();
    private int _start;
    private int _end;

    private WatchStream(HttpResponseMessage response, Stream body)
    {
        Response = response;
        _body = body;
    }

    public HttpResponseMessage Response { get; }

    /// <summary>Starts a watch and asserts it answered 200; <paramref name="accept"/> sets the Accept header.</summary>
    public static async Task<WatchStream> OpenAsync(HttpClient http, string path, string? accept = null, Action<HttpRequestMessage>? configure = null)
    {
        using var timeout = NewTimeout();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null)
        {
            request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        }

        configure?.Invoke(request);
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            var body = await response.Content.ReadAsStringAsync(timeout.Token);
            response.Dispose();
            Assert.Fail($"watch {path} answered {(int)response.StatusCode}: {body}");
        }

        return new WatchStream(response, await response.Content.ReadAsStreamAsync(timeout.Token));
    }

    /// <summary>
    /// Sends a watch that must be refused before streaming and returns the error response; a watch
    /// that answers 200 instead fails at once rather than streaming until the client times out.
    /// </summary>
    public static async Task<ApiResponse> RejectedAsync(HttpClient http, string path)
    {
        using var timeout = NewTimeout();
        using var response = await http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.True(response.StatusCode != HttpStatusCode.OK, $"watch {path} was not refused: it answered 200");
        var body = await response.Content.ReadAsStringAsync(timeout.Token);
        return new ApiResponse(response.StatusCode, body, response.Content.Headers.ContentType?.MediaType, response.Headers);
    }

    /// <summary>The next line without its <c>\n</c>, or null when the stream ended; fails after 5 s without one.</summary>
    public async Task<string?> ReadLineAsync()
    {
        using var timeout = NewTimeout();
        while (true)
        {
            var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            if (newline >= 0)
            {
                _partial.Write(_buffer, _start, newline - _start);
                _start = newline + 1;
                var line = Encoding.UTF8.GetString(_partial.GetBuffer(), 0, (int)_partial.Length);
                _partial.SetLength(0);
                return line;
            }

            _partial.Write(_buffer, _start, _end - _start);
            _start = _end = 0;
            int read;
            try
            {
                read = await _body.ReadAsync(_buffer, timeout.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or IOException
                && timeout.IsCancellationRequested && !TestContext.Current.CancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"no complete watch line within {EventTimeout.TotalSeconds} s");
            }

            if (read == 0)
            {
                Assert.True(_partial.Length == 0, "the stream ended inside a line: " + Encoding.UTF8.GetString(_partial.ToArray()));
                return null;
            }

            _end = read;
        }
    }

    /// <summary>The next event; fails when the stream ends or nothing arrives within 5 s.</summary>
    public async Task<WatchEvent> NextAsync()
    {
        var line = await ReadLineAsync();
        Assert.True(line is not null, "the watch stream ended before the next event");
        return WatchEvent.Parse(line);
    }

    /// <summary>The next <paramref name="count"/> events.</summary>
    public async Task<List<WatchEvent>> NextAsync(int count)
    {
        var events = new List<WatchEvent>(count);
        for (var i = 0; i < count; i++)
        {
            events.Add(await NextAsync());
        }

        return events;
    }

    /// <summary>Asserts that the response body completes (within 5 s) with no further line.</summary>
    public async Task AssertEndedAsync()
    {
        var line = await ReadLineAsync();
        Assert.True(line is null, "expected the watch stream to end, got: " + line);
    }

    public async ValueTask DisposeAsync()
    {
        await _body.DisposeAsync();
        Response.Dispose();
        await _partial.DisposeAsync();
    }

    private static CancellationTokenSource NewTimeout()
    {
        var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(EventTimeout);
        return timeout;
    }
}
