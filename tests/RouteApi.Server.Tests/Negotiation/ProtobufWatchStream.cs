using System.Buffers.Binary;
using System.Net;
using RouteApi.Core.Model;
using RouteApi.Formats.Protobuf;

namespace RouteApi.Server.Tests.Negotiation;

/// <summary>
/// A protobuf watch on the test server: the response is returned as soon as its headers arrive, then
/// frames are read one at a time with <see cref="ProtobufWatchFrame.ReadAsync"/>, each within 5 seconds.
/// </summary>
internal sealed class ProtobufWatchStream : IAsyncDisposable
{
    public static readonly TimeSpan FrameTimeout = TimeSpan.FromSeconds(5);

    private readonly Stream _body;

    private ProtobufWatchStream(HttpResponseMessage response, Stream body)
    {
        Response = response;
        _body = body;
    }

    public HttpResponseMessage Response { get; }

    /// <summary>The Content-Type header as sent.</summary>
    public string? ContentType => WireClient.RawContentType(Response);

    /// <summary>Starts a watch with <paramref name="accept"/> and asserts it answered 200.</summary>
    public static async Task<ProtobufWatchStream> OpenAsync(HttpClient http, string path, string accept = MediaTypes.Protobuf)
    {
        using var timeout = NewTimeout();
        using var request = WireClient.ToMessage(new WireRequest(HttpMethod.Get, path) { Accept = accept });
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            var body = await response.Content.ReadAsStringAsync(timeout.Token);
            response.Dispose();
            Assert.Fail($"watch {path} answered {(int)response.StatusCode}: {body}");
        }

        return new ProtobufWatchStream(response, await response.Content.ReadAsStreamAsync(timeout.Token));
    }

    /// <summary>The next frame, or null when the stream ended cleanly; fails after 5 s without one.</summary>
    public async Task<ProtobufWatchEvent?> ReadFrameAsync()
    {
        using var timeout = NewTimeout();
        try
        {
            return await ProtobufWatchFrame.ReadAsync(_body, timeout.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException
            && timeout.IsCancellationRequested && !TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"no complete watch frame within {FrameTimeout.TotalSeconds} s");
        }
    }

    /// <summary>The next frame as sent (length prefix included); fails when the stream ends or nothing arrives within 5 s.</summary>
    public async Task<byte[]> NextRawFrameAsync()
    {
        using var timeout = NewTimeout();
        var prefix = new byte[4];
        await _body.ReadExactlyAsync(prefix, timeout.Token);
        var frame = new byte[4 + BinaryPrimitives.ReadUInt32BigEndian(prefix)];
        prefix.CopyTo(frame, 0);
        await _body.ReadExactlyAsync(frame.AsMemory(4), timeout.Token);
        return frame;
    }

    /// <summary>The next frame; fails when the stream ends or nothing arrives within 5 s.</summary>
    public async Task<ProtobufWatchEvent> NextAsync()
    {
        var frame = await ReadFrameAsync();
        Assert.True(frame is not null, "the watch stream ended before the next frame");
        return frame;
    }

    /// <summary>
    /// The next frame's type and Route, after checking its object is a Route envelope of
    /// <paramref name="apiVersion"/>.
    /// </summary>
    public async Task<(string Type, Route Route)> NextRouteAsync(string apiVersion)
    {
        var frame = await NextAsync();
        var envelope = KubernetesProtobuf.ReadEnvelope(frame.EnvelopedObject);
        Assert.Equal((apiVersion, "Route"), (envelope.ApiVersion, envelope.Kind));
        return (frame.Type, KubernetesProtobuf.Deserialize<Route>(envelope));
    }

    public async ValueTask DisposeAsync()
    {
        await _body.DisposeAsync();
        Response.Dispose();
    }

    private static CancellationTokenSource NewTimeout()
    {
        var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(FrameTimeout);
        return timeout;
    }
}
