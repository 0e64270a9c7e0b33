using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RouteApi.Testing.Etcd;

namespace RouteApi.Storage.Etcd.Tests;

public sealed class EtcdStoreServiceCollectionExtensionsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public void AddEtcdStore_OnEmptyCollection_RegistersSingletonStoreAndStartupWait()
    {
        var services = new ServiceCollection();

        services.AddEtcdStore(options => options.Endpoints.Add("http://127.0.0.1:2379"));

        var store = Assert.Single(services, d => d.ServiceType == typeof(IStore));
        Assert.Equal(ServiceLifetime.Singleton, store.Lifetime);
        Assert.Single(services, d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(EtcdStartupWaiter));
    }

    [Fact]
    public void AddEtcdStore_WithStoreAlreadyRegistered_KeepsTheExistingOne()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IStore>(_ => throw new InvalidOperationException("fake"));
        var existing = services[0];

        services.AddEtcdStore();
        services.AddEtcdStore();

        Assert.Same(existing, Assert.Single(services, d => d.ServiceType == typeof(IStore)));
        Assert.Single(services, d => d.ServiceType == typeof(IHostedService));
    }

    [Fact]
    public async Task AddEtcdStore_ResolvedAfterStartup_ServesRequestsAtEtcdsRevision()
    {
        await using var etcd = await EtcdCluster.StartAsync(1, Token);
        var configured = etcd.StoreOptions(TimeSpan.FromSeconds(5));
        await using var provider = new ServiceCollection()
            .AddEtcdStore(options => options.Endpoints.Add(configured.Endpoints[0]))
            .BuildServiceProvider();

        foreach (var service in provider.GetServices<IHostedService>())
        {
            await service.StartAsync(Token);
        }

        var store = provider.GetRequiredService<IStore>();
        var created = await store.CreateAsync("/registry/routes/ns/a", Encoding.UTF8.GetBytes("v"), Token);
        Assert.True(created.ModRevision > 1);
        Assert.Equal(created.ModRevision, store.CurrentRevision);
    }

    [Fact]
    public async Task StartupWait_EtcdUnreachable_GivesUpAfterStartupTimeoutWithoutThrowing()
    {
        await using var etcd = await EtcdCluster.StartAsync(1, Token);
        var endpoint = etcd.Members[0].ClientUrl;
        await etcd.Members[0].KillAsync();
        await using var provider = new ServiceCollection()
            .AddEtcdStore(options =>
            {
                options.Endpoints.Add(endpoint);
                options.StartupTimeout = TimeSpan.FromMilliseconds(300);
            })
            .BuildServiceProvider();
        var waiter = provider.GetServices<IHostedService>().Single();
        var clock = Stopwatch.StartNew();

        await waiter.StartAsync(Token);

        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(3));
        Assert.False(await provider.GetRequiredService<IStore>().IsHealthyAsync(Token));
    }
}
