using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RouteApi.Core.Model;
using RouteApi.Server.Registry;
using RouteApi.Storage.Caching;

namespace RouteApi.Server.RouterStatus;

/// <summary>Registration of the router-status controllers.</summary>
internal static class RouterStatusServiceCollectionExtensions
{
    /// <summary>Binds <see cref="RouterStatusOptions"/> (validated at start) and adds the controller service.</summary>
    public static IServiceCollection AddRouterStatus(this IServiceCollection services)
    {
        services.AddOptions<RouterStatusOptions>().BindConfiguration(RouterStatusOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RouterStatusOptions>, RouterStatusOptionsValidator>());
        services.AddSingleton(provider => new RouterStatusContext(
            provider.GetRequiredService<WatchCache<Route>>(),
            provider.GetRequiredService<RouteRegistry>(),
            provider.GetRequiredService<StorageLayout>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<IOptions<RouterStatusOptions>>().Value)
        {
            Readiness = provider.GetRequiredService<RouterStatusReadiness>(),
        });
        services.AddSingleton<RouterStatusReadiness>();
        services.AddHostedService<RouterStatusService>();
        return services;
    }
}
