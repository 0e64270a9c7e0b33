using RouteApi.Core.Model;
using RouteApi.Storage.Caching;

namespace RouteApi.Server.Hosting;

/// <summary>Fills the route watch cache before the server takes requests, and stops it on shutdown.</summary>
internal sealed class WatchCacheHostedService(WatchCache<Route> cache) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        cache.Start();
        return cache.Ready.WaitAsync(cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await cache.DisposeAsync();
}
