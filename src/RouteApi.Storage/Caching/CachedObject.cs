namespace RouteApi.Storage.Caching;

/// <summary>One object held by the watch cache: its key, decoded form and revisions.</summary>
/// <typeparam name="T">The decoded object type.</typeparam>
/// <param name="Key">The storage key.</param>
/// <param name="Value">The decoded object.</param>
/// <param name="ModRevision">The revision of its last change.</param>
public sealed record CachedObject<T>(string Key, T Value, long ModRevision)
    where T : class;
