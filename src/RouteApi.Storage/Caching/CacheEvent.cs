namespace RouteApi.Storage.Caching;

/// <summary>
/// One change seen by the watch cache, shared by every watcher. Encodings of the event are made
/// once per variant (media type, API path, ...) and reused by all watchers that need them.
/// </summary>
/// <typeparam name="T">The decoded object type.</typeparam>
public sealed class CacheEvent<T>
    where T : class
{
    private VariantEncodings _encodings;

    /// <summary>Creates an event.</summary>
    public CacheEvent(StoreEventType type, string key, T current, T? previous, long revision)
    {
        Type = type;
        Key = key;
        Current = current;
        Previous = previous;
        Revision = revision;
    }

    /// <summary>Created, updated or deleted.</summary>
    public StoreEventType Type { get; }

    /// <summary>The storage key.</summary>
    public string Key { get; }

    /// <summary>The object after the change; for a delete, the last state stamped with the delete's revision.</summary>
    public T Current { get; }

    /// <summary>The object before the change; null for a create.</summary>
    public T? Previous { get; }

    /// <summary>The revision of the change.</summary>
    public long Revision { get; }

    /// <summary>
    /// Returns the encoding named <paramref name="variant"/>, making it with <paramref name="encode"/>
    /// the first time. Concurrent first calls may both encode; one result wins and is kept.
    /// </summary>
    public ReadOnlyMemory<byte> GetEncoding(string variant, Func<CacheEvent<T>, ReadOnlyMemory<byte>> encode) =>
        _encodings.GetOrAdd(variant, static state => state.encode(state.self), (encode, self: this));
}
