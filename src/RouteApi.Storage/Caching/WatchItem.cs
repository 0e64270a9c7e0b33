namespace RouteApi.Storage.Caching;

/// <summary>One item of a watch stream, in order.</summary>
/// <typeparam name="T">The decoded object type.</typeparam>
/// <param name="Kind">What the item carries.</param>
/// <param name="Initial">The object, for <see cref="WatchItemKind.Initial"/>.</param>
/// <param name="Event">The change, for <see cref="WatchItemKind.Event"/>.</param>
/// <param name="Revision">The revision of the item (for bookmarks: everything up to it was delivered).</param>
public readonly record struct WatchItem<T>(WatchItemKind Kind, CachedObject<T>? Initial, CacheEvent<T>? Event, long Revision)
    where T : class;
