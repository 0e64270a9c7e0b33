using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using RouteApi.Storage;

namespace RouteApi.Server.Tests.Endpoints;

/// <summary>
/// The server with a watch cache history of only <see cref="HistorySize"/> events, and its store
/// wrapped in a <see cref="FaultInjectingStore"/> so a test can make the cache lose its store watch.
/// </summary>
public sealed class WatchExpiryFactory : RouteApiFactory
{
    public const int HistorySize = 5;

    // The tests count revisions one by one, which other factories' writes on a shared etcd would break.
    protected override bool NeedsOwnEtcd => true;

    /// <summary>The store the server uses.</summary>
    public FaultInjectingStore Store => (FaultInjectingStore)Services.GetRequiredService<IStore>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("WatchCache:EventHistorySize", HistorySize.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureTestServices(services =>
        {
            var real = services.Last(d => d.ServiceType == typeof(IStore));
            services.Remove(real);
            services.AddSingleton<IStore>(provider => new FaultInjectingStore((IStore)real.ImplementationFactory!(provider)));
        });
    }
}
