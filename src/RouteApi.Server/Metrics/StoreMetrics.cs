using Prometheus;
using RouteApi.Server.Registry;
using RouteApi.Storage.Instrumentation;

namespace RouteApi.Server.Metrics;

/// <summary>
/// Storage operation metrics, on either backend, named as kube-apiserver's etcd3 storage layer
/// names them: <c>etcd_request_duration_seconds{operation,type}</c> and
/// <c>etcd_request_errors_total{operation,type}</c>. <c>type</c> is what the key belongs to:
/// <c>routes</c>, <c>routerleases</c>, <c>compaction</c> (the compaction claim), or empty for
/// operations on the whole store (health checks, compaction, the watch cache's store watch).
/// </summary>
internal sealed class StoreMetrics : IStoreObserver
{
    private static readonly string[] Types = ["routes", "routerleases", "compaction", string.Empty];

    private readonly StorageLayout _layout;
    private readonly string _leases;
    private readonly Histogram.Child[,] _durations;
    private readonly Counter.Child[,] _errors;

    public StoreMetrics(MetricsRegistry registry, StorageLayout layout)
    {
        _layout = layout;
        _leases = layout.RouterLease(string.Empty);
        var durations = registry.Factory.CreateHistogram(
            "etcd_request_duration_seconds",
            "Storage request latency in seconds for each operation and object type (etcd or the embedded store).",
            ["operation", "type"],
            new HistogramConfiguration { Buckets = MetricsRegistry.LatencyBuckets });
        var errors = registry.Factory.CreateCounter(
            "etcd_request_errors_total",
            "Storage requests that failed (unreachable, timed out, or an unexpected error) for each operation and object type.",
            ["operation", "type"]);
        var operations = Enum.GetValues<StoreOperation>();
        _durations = new Histogram.Child[operations.Length, Types.Length];
        _errors = new Counter.Child[operations.Length, Types.Length];
        foreach (var operation in operations)
        {
            for (var type = 0; type < Types.Length; type++)
            {
                var name = OperationName(operation);
                _durations[(int)operation, type] = durations.WithLabels(name, Types[type]);
                _errors[(int)operation, type] = errors.WithLabels(name, Types[type]);
            }
        }
    }

    public void Completed(StoreOperation operation, string key, TimeSpan elapsed) =>
        _durations[(int)operation, TypeOf(key)].Observe(elapsed.TotalSeconds);

    public void Failed(StoreOperation operation, string key, TimeSpan elapsed)
    {
        _errors[(int)operation, TypeOf(key)].Inc();
        if (operation != StoreOperation.Watch)
        {
            _durations[(int)operation, TypeOf(key)].Observe(elapsed.TotalSeconds);
        }
    }

    private int TypeOf(string key) =>
        key.StartsWith(_layout.Routes, StringComparison.Ordinal) ? 0
        : key.StartsWith(_leases, StringComparison.Ordinal) ? 1
        : key == _layout.CompactionClaim ? 2
        : 3;

    private static string OperationName(StoreOperation operation) => operation switch
    {
        StoreOperation.Get => "get",
        StoreOperation.List => "list",
        StoreOperation.Create => "create",
        StoreOperation.Update => "update",
        StoreOperation.Delete => "delete",
        StoreOperation.Compact => "compact",
        StoreOperation.Health => "health",
        _ => "watch",
    };
}
