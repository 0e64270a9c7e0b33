using Microsoft.Extensions.DependencyInjection;

namespace RouteApi.Storage.Sqlite.Tests;

public sealed class SqliteStoreServiceCollectionExtensionsTests
{
    [Fact]
    public void AddSqliteStore_OnEmptyCollection_RegistersSingletonStore()
    {
        var services = new ServiceCollection();

        services.AddSqliteStore(options => options.DataDirectory = "unused");

        var store = Assert.Single(services, d => d.ServiceType == typeof(IStore));
        Assert.Equal(ServiceLifetime.Singleton, store.Lifetime);
        Assert.NotNull(store.ImplementationFactory);
    }

    [Fact]
    public void AddSqliteStore_WithStoreAlreadyRegistered_KeepsTheExistingOne()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IStore>(_ => throw new InvalidOperationException("fake"));
        var existing = services[0];

        services.AddSqliteStore();

        Assert.Same(existing, Assert.Single(services, d => d.ServiceType == typeof(IStore)));
    }
}
