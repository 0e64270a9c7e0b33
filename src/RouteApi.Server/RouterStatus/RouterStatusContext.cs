using RouteApi.Core.Model;
using RouteApi.Server.Registry;
using RouteApi.Storage.Caching;

namespace RouteApi.Server.RouterStatus;

/// <summary>What every router's controller shares: the route watch cache it follows, the registry it writes status through, the key layout, the clock, the options, and where it reports having started.</summary>
internal sealed record RouterStatusContext(WatchCache<Route> Cache, RouteRegistry Registry, StorageLayout Layout, TimeProvider Time, RouterStatusOptions Options)
{
    /// <summary>Where each controller records that it has started (the <c>router-status</c> readiness check reads it).</summary>
    public RouterStatusReadiness Readiness { get; init; } = new();
}
