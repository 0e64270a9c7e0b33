using System.Buffers;
using RouteApi.Core.Model;
using RouteApi.Server.Metrics;
using RouteApi.Storage.Caching;

namespace RouteApi.Server.Watch;

/// <summary>
/// Streams one watch: headers are sent at once, then one frame per event (chunked, no
/// Content-Length), flushed as soon as no further frame is ready, so a frame never waits for a
/// later event but a burst goes out in one send. The stream ends cleanly when <c>timeoutSeconds</c>
/// runs out (after a last bookmark, when bookmarks were asked for), when the client goes away
/// (its watcher is freed at once), when the server drains on shutdown (after the shutdown delay:
/// the chunked body is terminated, so clients see a clean end of stream), or when the cache closes the
/// watcher; a watcher closed because the cache lost its history ends with an ERROR event
/// carrying a 410 Expired Status, so the client relists.
/// </summary>
internal sealed class WatchStreamResult(CacheWatcher<Route> watcher, WatchFilter filter, WatchEventEncoder encoder, WatchStreamSettings settings, IDisposable watchSlot) : IResult
{
    private static readonly TimeSpan BookmarkLeadTime = TimeSpan.FromSeconds(2);

    // Enough to batch a burst of frames, small enough that a long backlog streams steadily.
    private const int MaxUnflushedBytes = 64 * 1024;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = settings.ContentType;
        using var deadline = new CancellationTokenSource(settings.Timeout, settings.TimeProvider);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(httpContext.RequestAborted, settings.ServerStopping, deadline.Token);
        using var lastBookmark = ScheduleLastBookmark();
        using var meter = httpContext.RequestServices.GetRequiredService<WatchMetrics>().Open(httpContext);
        try
        {
            // StartAsync only buffers the headers; the flush sends them, as kube does before any event.
            await response.StartAsync(stop.Token);
            await response.Body.FlushAsync(stop.Token);
            // Only the wait for the next event is cut short by the deadline or the server draining: a
            // cancelled write would leave a half-sent frame and make Kestrel reset the connection
            // instead of ending the chunked body cleanly.
            var written = httpContext.RequestAborted;
            var body = response.BodyWriter;
            while (await watcher.WaitToReadAsync(stop.Token))
            {
                // Every frame already waiting goes out with one flush: under a burst of events a
                // flush (a send) per frame per watcher is what makes the tail latency.
                var unflushed = 0;
                while (unflushed < MaxUnflushedBytes && watcher.TryRead(out var item))
                {
                    var line = Encode(item);
                    if (!line.IsEmpty)
                    {
                        body.Write(line.Span);
                        unflushed += line.Length;
                        meter.Sent(line.Length);
                    }
                }

                if (unflushed > 0)
                {
                    await body.FlushAsync(written);
                }
            }

            if (watcher.CloseReason == WatcherCloseReason.Resynced)
            {
                var expired = new Status
                {
                    Result = "Failure",
                    Message = "The resourceVersion for the provided watch is too old.",
                    Reason = "Expired",
                    Code = StatusCodes.Status410Gone,
                };
                var error = encoder.ErrorLine(expired);
                await response.Body.WriteAsync(error, written);
                meter.Sent(error.Length);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Timeout, client gone or server draining: the stream just ends, as kube's does.
        }
        finally
        {
            await watcher.DisposeAsync();
            watchSlot.Dispose();
        }
    }

    private ReadOnlyMemory<byte> Encode(WatchItem<Route> item)
    {
        switch (item.Kind)
        {
            case WatchItemKind.Initial:
                return filter.Matches(item.Initial!.Value) ? encoder.Initial(item.Initial.Value) : ReadOnlyMemory<byte>.Empty;
            case WatchItemKind.Event:
                return filter.Classify(item.Event!) is { } send ? encoder.Event(item.Event!, send.Type, send.UsePrevious) : ReadOnlyMemory<byte>.Empty;
            case WatchItemKind.InitialEventsEnd:
                return encoder.BookmarkAt(item.Revision, initialEventsEnd: true);
            default:
                return encoder.BookmarkAt(item.Revision, initialEventsEnd: false);
        }
    }

    // kube sends a bookmark shortly before a watch's deadline so the client can resume from it.
    private ITimer? ScheduleLastBookmark() =>
        watcher.Request.AllowBookmarks && settings.Timeout > BookmarkLeadTime
            ? settings.TimeProvider.CreateTimer(_ => watcher.RequestBookmark(), null, settings.Timeout - BookmarkLeadTime, Timeout.InfiniteTimeSpan)
            : null;
}
