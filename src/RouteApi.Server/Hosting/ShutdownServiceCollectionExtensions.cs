using Microsoft.Extensions.Options;

namespace RouteApi.Server.Hosting;

/// <summary>Registration of the graceful shutdown sequence.</summary>
internal static class ShutdownServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="ShutdownOptions"/> (validated at start), makes the grace period the host's
    /// shutdown timeout, and adds <see cref="GracefulShutdown"/> as a hosted service.
    /// </summary>
    public static IServiceCollection AddGracefulShutdown(this IServiceCollection services)
    {
        services.AddOptions<ShutdownOptions>().BindConfiguration(ShutdownOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<HostOptions>().Configure<IOptions<ShutdownOptions>>((host, shutdown) => host.ShutdownTimeout = shutdown.Value.GracePeriod);
        services.AddSingleton<GracefulShutdown>();
        services.AddHostedService(provider => provider.GetRequiredService<GracefulShutdown>());
        return services;
    }
}
