using Microsoft.Extensions.Options;
using RouteApi.Server.RouterStatus;

namespace RouteApi.Server.Health;

/// <summary>Registration of the health probes and the checks behind them.</summary>
internal static class HealthServiceCollectionExtensions
{
    /// <summary>
    /// Adds <c>/livez</c> (<c>ping</c> only: a process whose storage is down is still alive and must
    /// not be restarted for it), <c>/readyz</c> (<c>ping</c>, <c>storage</c>, <c>watch-cache</c>,
    /// <c>router-status</c> when routers are configured, <c>shutdown</c>) and <c>/healthz</c> (all of them).
    /// </summary>
    public static IServiceCollection AddRouteApiHealth(this IServiceCollection services)
    {
        services.AddSingleton<StorageCheck>();
        services.AddSingleton<WatchCacheCheck>();
        services.AddSingleton<ShutdownCheck>();
        services.AddSingleton(CreateProbes);
        return services;
    }

    private static HealthProbes CreateProbes(IServiceProvider services)
    {
        var ping = new PingCheck();
        List<IHealthCheck> readiness = [ping, services.GetRequiredService<StorageCheck>(), services.GetRequiredService<WatchCacheCheck>()];
        var routers = services.GetRequiredService<IOptions<RouterStatusOptions>>().Value.Routers.Select(r => r.Name).ToList();
        if (routers.Count > 0)
        {
            readiness.Add(new RouterStatusCheck(routers, services.GetRequiredService<RouterStatusReadiness>()));
        }

        readiness.Add(services.GetRequiredService<ShutdownCheck>());
        return new HealthProbes([
            new HealthProbe("livez", [ping]),
            new HealthProbe("readyz", readiness),
            new HealthProbe("healthz", readiness),
        ]);
    }
}
