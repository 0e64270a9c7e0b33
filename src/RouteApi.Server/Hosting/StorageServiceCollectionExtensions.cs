using Microsoft.Extensions.Options;
using RouteApi.Storage.Sqlite;

namespace RouteApi.Server.Hosting;

/// <summary>Chooses and registers the storage backend.</summary>
internal static class StorageServiceCollectionExtensions
{
    /// <summary>Registers the embedded SQLite store in <c>--data-dir</c>.</summary>
    public static IServiceCollection AddRouteApiStorage(this IServiceCollection services)
    {
        services.AddSqliteStore();
        services.AddOptions<SqliteStoreOptions>()
            .Configure<IOptions<RouteApiOptions>>((store, server) => store.DataDirectory = server.Value.DataDir);
        return services;
    }
}
