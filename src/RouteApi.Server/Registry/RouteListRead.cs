using RouteApi.Core.Model;
using RouteApi.Storage.Caching;

namespace RouteApi.Server.Registry;

/// <summary>
/// A route list read for LIST, with the watch cache entries of its items (in the same order) when
/// it came from the cache, so their per-item encodings can be reused.
/// </summary>
internal sealed record RouteListRead(RouteList List, IReadOnlyList<CachedObject<Route>>? Cached);
