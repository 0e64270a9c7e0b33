using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RouteApi.Storage.Etcd;

/// <summary>Registers the etcd store.</summary>
public static class EtcdStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IStore"/> as a singleton etcd store (unless a store is already
    /// registered), <see cref="EtcdStoreOptions"/>, and a hosted service that holds startup until
    /// etcd answers (see <see cref="EtcdStoreOptions.StartupTimeout"/>); register it before hosted
    /// services that read the store at startup. The options are validated when the store is first
    /// resolved; binding them to configuration (section <see cref="EtcdStoreOptions.SectionName"/>)
    /// is the host's choice.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Optional changes to the options, applied after any bound configuration.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddEtcdStore(this IServiceCollection services, Action<EtcdStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<EtcdStoreOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton<IStore>(provider => new EtcdStore(
            provider.GetRequiredService<IOptions<EtcdStoreOptions>>().Value,
            provider.GetService<ILoggerFactory>()?.CreateLogger<EtcdStore>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, EtcdStartupWaiter>());
        return services;
    }
}
