using RouteApi.Core.Model;
using RouteApi.Storage.Caching;

namespace RouteApi.Server.Registry;

/// <summary>A route read for GET, with its watch cache entry when it came from the cache.</summary>
internal sealed record RouteRead(Route Route, CachedObject<Route>? Cached);
