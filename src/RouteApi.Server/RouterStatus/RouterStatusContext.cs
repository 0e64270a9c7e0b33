using RouteApi.Core.Model;
using RouteApi.Server.Registry;
using RouteApi.Storage.Caching;

namespace RouteApi.Server.RouterStatus;

/// <summary>What every router's controller shares: the route watch cache it follows, the registry it writes status through, the key layout, the clock and the options.</summary>
internal sealed record RouterStatusContext(WatchCache<Route> Cache, RouteRegistry Registry, StorageLayout Layout, TimeProvider Time, RouterStatusOptions Options);
