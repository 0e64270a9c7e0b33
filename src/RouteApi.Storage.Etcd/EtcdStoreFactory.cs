using Microsoft.Extensions.Logging;

namespace RouteApi.Storage.Etcd;

/// <summary>Creates etcd stores outside dependency injection (tools and tests).</summary>
public static class EtcdStoreFactory
{
    /// <summary>Creates a store for <paramref name="options"/>; no connection is made until the first request.</summary>
    /// <exception cref="System.ComponentModel.DataAnnotations.ValidationException">The options are invalid.</exception>
    public static IStore Create(EtcdStoreOptions options, ILoggerFactory? loggerFactory) =>
        new EtcdStore(options, loggerFactory?.CreateLogger<EtcdStore>());

    /// <summary>
    /// Creates a store and waits until etcd answers with quorum, for at most
    /// <see cref="EtcdStoreOptions.StartupTimeout"/>. The store's <see cref="IStore.CurrentRevision"/>
    /// is then etcd's current revision.
    /// </summary>
    /// <exception cref="StoreUnavailableException">etcd did not answer in time.</exception>
    public static async Task<IStore> ConnectAsync(EtcdStoreOptions options, ILoggerFactory? loggerFactory, CancellationToken cancellationToken)
    {
        var store = new EtcdStore(options, loggerFactory?.CreateLogger<EtcdStore>());
        try
        {
            if (!await store.WaitUntilReadyAsync(cancellationToken))
            {
                throw new StoreUnavailableException(string.Empty, $"etcd at {store.Endpoints} did not answer with quorum within {options.StartupTimeout}.");
            }

            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }
}
