using Prometheus;

namespace RouteApi.Server.Metrics;

/// <summary>The request metric families, named and labelled as kube-apiserver's.</summary>
internal sealed class RequestMetricFamilies(IMetricFactory factory)
{
    private static readonly string[] ShapeLabels = ["verb", "group", "version", "resource", "subresource", "scope", "component"];

    public Counter Total { get; } = factory.CreateCounter(
        "apiserver_request_total",
        "Counter of apiserver requests broken out for each verb, group, version, resource, subresource, scope, component, and HTTP response code.",
        [.. ShapeLabels, "code"]);

    public Histogram Duration { get; } = factory.CreateHistogram(
        "apiserver_request_duration_seconds",
        "Response latency distribution in seconds for each verb, group, version, resource, subresource, scope and component.",
        ShapeLabels,
        new HistogramConfiguration { Buckets = MetricsRegistry.LatencyBuckets });

    public Gauge LongRunning { get; } = factory.CreateGauge(
        "apiserver_longrunning_requests",
        "Gauge of all active long-running apiserver requests (watches) broken out by verb, group, version, resource, subresource, scope and component.",
        ShapeLabels);

    public Gauge InFlight { get; } = factory.CreateGauge(
        "apiserver_current_inflight_requests",
        "Number of requests this server is executing now, per request kind (readOnly or mutating); watches are counted in apiserver_longrunning_requests instead.",
        ["request_kind"]);
}
