using Prometheus;

namespace RouteApi.Server.Metrics;

/// <summary>One open watch stream, as the metrics see it: counted open until disposed, and every frame it sends.</summary>
internal sealed class WatchMeter : IDisposable
{
    private readonly Counter.Child _events;
    private readonly Histogram.Child _sizes;
    private readonly Gauge.Child _open;
    private readonly Gauge.Child _inFlight;
    private int _disposed;

    public WatchMeter(Counter.Child events, Histogram.Child sizes, Gauge.Child open, Gauge.Child inFlight)
    {
        _events = events;
        _sizes = sizes;
        _open = open;
        _inFlight = inFlight;
        _inFlight.Dec();
        _open.Inc();
    }

    /// <summary>Counts one frame of <paramref name="bytes"/> bytes written to the client.</summary>
    public void Sent(int bytes)
    {
        _events.Inc();
        _sizes.Observe(bytes);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _open.Dec();

            // Given back so the request middleware's decrement when the request ends balances.
            _inFlight.Inc();
        }
    }
}
