using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RouteApi.Storage.Sqlite;

/// <summary>Registers the embedded SQLite store.</summary>
public static class SqliteStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IStore"/> as a singleton SQLite store (unless a store is already registered)
    /// and <see cref="SqliteStoreOptions"/>. The database is opened when the store is first resolved.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Optional changes to the options, applied after any bound configuration.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddSqliteStore(this IServiceCollection services, Action<SqliteStoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<SqliteStoreOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton<IStore>(provider => SqliteStore.Open(
            provider.GetRequiredService<IOptions<SqliteStoreOptions>>().Value,
            provider.GetService<ILoggerFactory>()?.CreateLogger<SqliteStore>()));
        return services;
    }
}
