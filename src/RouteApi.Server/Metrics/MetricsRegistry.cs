using System.Runtime.InteropServices;
using Prometheus;
using RouteApi.Server.Discovery;

namespace RouteApi.Server.Metrics;

/// <summary>
/// The collector registry of one server instance, and the factory its metrics are created with.
/// Never prometheus-net's static default registry: tests host many servers in one process, and
/// each must expose only its own numbers. Exemplars are off: they are only written in OpenMetrics
/// format, and capturing one reads the trace context on every observation.
/// </summary>
internal sealed class MetricsRegistry
{
    /// <summary>
    /// kube-apiserver's latency buckets (<c>apiserver_request_duration_seconds</c> and
    /// <c>etcd_request_duration_seconds</c> share them), in seconds.
    /// </summary>
    public static readonly double[] LatencyBuckets = [0.005, 0.025, 0.05, 0.1, 0.2, 0.4, 0.6, 0.8, 1.0, 1.25, 1.5, 2, 3, 4, 5, 6, 8, 10, 15, 20, 30, 45, 60];

    public MetricsRegistry()
    {
        Registry = Prometheus.Metrics.NewCustomRegistry();
        var factory = Prometheus.Metrics.WithCustomRegistry(Registry);
        factory.ExemplarBehavior = ExemplarBehavior.NoExemplars();
        Factory = factory;
        DotNetStats.Register(Registry);
        Factory.CreateGauge("routeapi_build_info", "A metric with a constant '1' value labeled by the RouteApi version, the commit it was built from and the .NET runtime it runs on.", ["version", "revision", "dotnet"])
            .WithLabels(ServerVersion.Build, ServerVersion.Commit, RuntimeInformation.FrameworkDescription)
            .Set(1);
    }

    public CollectorRegistry Registry { get; }

    public IMetricFactory Factory { get; }
}
