using RouteApi.Storage;
using RouteApi.Storage.Instrumentation;

namespace RouteApi.Server.Metrics;

/// <summary>Registration of the metrics.</summary>
internal static class MetricsServiceCollectionExtensions
{
    /// <summary>
    /// Registers this server's metrics registry and metrics, and wraps the <see cref="IStore"/>
    /// registered so far in an <see cref="InstrumentedStore"/>; call it after the store is registered.
    /// </summary>
    public static IServiceCollection AddRouteApiMetrics(this IServiceCollection services)
    {
        services.AddSingleton(provider =>
        {
            var registry = new MetricsRegistry();

            // Resolved at the first scrape, when the cache exists anyway; the gauges are read then, not per event.
            registry.Registry.AddBeforeCollectCallback(() => provider.GetRequiredService<WatchCacheMetrics>().Update());
            return registry;
        });
        services.AddSingleton<RequestMetrics>();
        services.AddSingleton<WatchMetrics>();
        services.AddSingleton<StoreMetrics>();
        services.AddSingleton<WatchCacheMetrics>();
        services.AddSingleton<RouterStatusMetrics>();

        var backend = services.LastOrDefault(d => d.ServiceType == typeof(IStore) && !d.IsKeyedService);
        if (backend is not null)
        {
            services.Remove(backend);
            services.AddSingleton<IStore>(provider => new InstrumentedStore(
                Create(backend, provider),
                provider.GetRequiredService<StoreMetrics>(),
                provider.GetRequiredService<TimeProvider>()));
        }

        return services;
    }

    private static IStore Create(ServiceDescriptor backend, IServiceProvider provider) =>
        (IStore)(backend.ImplementationInstance
            ?? backend.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, backend.ImplementationType!));
}
