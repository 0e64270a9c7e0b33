using Microsoft.Extensions.Options;
using RouteApi.Server.Registry;
using RouteApi.Storage.Compaction;
using RouteApi.Storage.Etcd;
using RouteApi.Storage.Sqlite;

namespace RouteApi.Server.Hosting;

/// <summary>Chooses and registers the storage backend (<c>--storage-backend</c>).</summary>
internal static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the embedded SQLite store in <c>--data-dir</c>, or the etcd store on
    /// <c>--etcd-servers</c>, and the key layout both share.
    /// </summary>
    public static IServiceCollection AddRouteApiStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(new StorageLayout(storage.Prefix, ConsistentReadsFromCache: !storage.UsesEtcd));
        services.AddOptions<CompactionOptions>().Configure<StorageLayout>((compaction, layout) => compaction.ClaimKey = layout.CompactionClaim);
        if (!storage.UsesEtcd)
        {
            services.AddSqliteStore();
            services.AddOptions<SqliteStoreOptions>()
                .Configure<IOptions<RouteApiOptions>>((store, server) => store.DataDirectory = server.Value.DataDir);
            return services;
        }

        services.AddEtcdStore();
        services.AddOptions<EtcdStoreOptions>()
            .BindConfiguration(EtcdStoreOptions.SectionName)
            .Configure<IOptions<StorageOptions>>((etcd, flags) => ApplyFlags(etcd, flags.Value));
        return services;
    }

    private static void ApplyFlags(EtcdStoreOptions etcd, StorageOptions flags)
    {
        if (!string.IsNullOrEmpty(flags.EtcdServers))
        {
            etcd.Endpoints.Add(flags.EtcdServers);
        }

        etcd.CaFile ??= flags.EtcdCaFile;
        etcd.CertFile ??= flags.EtcdCertFile;
        etcd.KeyFile ??= flags.EtcdKeyFile;
        etcd.RequestTimeout = flags.EtcdRequestTimeout;
    }
}
