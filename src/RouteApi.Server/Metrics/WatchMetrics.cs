using Prometheus;
using RouteApi.Core.Model;
using RouteApi.Server.Http;

namespace RouteApi.Server.Metrics;

/// <summary>
/// The watch stream metrics: <c>apiserver_watch_events_total</c> and <c>apiserver_watch_events_sizes</c>
/// (every frame written to a client, bookmarks and the closing ERROR included), and the open-watch
/// gauge <c>apiserver_longrunning_requests{verb="WATCH"}</c> of <see cref="RequestMetrics"/>.
/// </summary>
internal sealed class WatchMetrics
{
    private readonly RequestMetrics _requests;
    private readonly (Counter.Child Events, Histogram.Child Sizes) _group;
    private readonly (Counter.Child Events, Histogram.Child Sizes) _legacy;

    public WatchMetrics(MetricsRegistry registry, RequestMetrics requests)
    {
        _requests = requests;
        var events = registry.Factory.CreateCounter("apiserver_watch_events_total", "Number of events sent in watch clients.", ["group", "version", "kind"]);
        var sizes = registry.Factory.CreateHistogram(
            "apiserver_watch_events_sizes",
            "Watch event size distribution in bytes.",
            ["group", "version", "kind"],
            new HistogramConfiguration { Buckets = Histogram.ExponentialBuckets(1024, 2, 8) });
        _group = (events.WithLabels(RouteApiNames.Group, RouteApiNames.Version, RouteApiNames.Kind), sizes.WithLabels(RouteApiNames.Group, RouteApiNames.Version, RouteApiNames.Kind));
        _legacy = (events.WithLabels(string.Empty, RouteApiNames.Version, RouteApiNames.Kind), sizes.WithLabels(string.Empty, RouteApiNames.Version, RouteApiNames.Kind));
    }

    /// <summary>
    /// Marks the request as an open watch until the meter is disposed: it leaves the read-only
    /// in-flight gauge (kube does not count long-running requests there) for the long-running one.
    /// </summary>
    public WatchMeter Open(HttpContext context)
    {
        var api = context.GetEndpoint()?.Metadata.GetMetadata<ApiPath>();
        var (events, sizes) = api is { IsLegacy: true } ? _legacy : _group;
        return new WatchMeter(events, sizes, _requests.ShapeOf(context).LongRunning, _requests.ReadOnlyInFlight);
    }
}
