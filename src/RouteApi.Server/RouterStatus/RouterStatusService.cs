using Microsoft.Extensions.Options;
using RouteApi.Core.Admission;
using RouteApi.Core.Selectors;
using RouteApi.Server.Metrics;
using RouteApi.Storage;

namespace RouteApi.Server.RouterStatus;

/// <summary>
/// Runs one <see cref="RouterStatusWorker"/> per configured router (<c>--router-name</c>); does
/// nothing when no router is configured.
/// </summary>
internal sealed class RouterStatusService(IOptions<RouterStatusOptions> options, RouterStatusContext context, IStore store, RouterStatusMetrics metrics, ILoggerFactory loggers) : BackgroundService
{
    // One identity per process: replicas on one etcd tell their claims apart by it.
    private readonly string _holder = Environment.MachineName + "-" + Guid.NewGuid().ToString("N");

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var logger = loggers.CreateLogger<RouterStatusWorker>();
        var workers = options.Value.Routers.Select(ToSettings).Select(settings => new RouterStatusWorker(
            settings,
            new RouterLease(store, context.Layout.RouterLease(settings.Name), _holder, options.Value, context.Time),
            context,
            metrics,
            logger));
        return Task.WhenAll(workers.Select(w => w.RunAsync(stoppingToken)));
    }

    /// <summary>The decision settings of one configured router.</summary>
    public static RouterSettings ToSettings(RouterOptions router) => new()
    {
        Name = router.Name,
        Domain = string.IsNullOrEmpty(router.Domain) ? null : router.Domain,
        NamespaceOwnership = router.NamespaceOwnership.Replace("-", string.Empty, StringComparison.Ordinal)
            .Equals(nameof(NamespaceOwnership.InterNamespaceAllowed), StringComparison.OrdinalIgnoreCase)
            ? NamespaceOwnership.InterNamespaceAllowed
            : NamespaceOwnership.Strict,
        AllowWildcardRoutes = router.AllowWildcardRoutes,
        RouteSelector = LabelSelector.Parse(router.RouteLabelSelector),
        NamespaceSelector = LabelSelector.Parse(router.NamespaceSelector),
        CanonicalHostname = string.IsNullOrEmpty(router.CanonicalHostname) ? null : router.CanonicalHostname,
    };
}
