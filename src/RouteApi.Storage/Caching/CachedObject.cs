namespace RouteApi.Storage.Caching;

/// <summary>
/// One object held by the watch cache: its key, decoded form and revision, plus its encodings,
/// made once per variant (media type, API path) and reused by every read until the object changes
/// (a change replaces the whole cached object).
/// </summary>
/// <typeparam name="T">The decoded object type.</typeparam>
public sealed class CachedObject<T>(string key, T value, long modRevision)
    where T : class
{
    private VariantEncodings _encodings;

    /// <summary>The storage key.</summary>
    public string Key { get; } = key;

    /// <summary>The decoded object; shared, never to be modified.</summary>
    public T Value { get; } = value;

    /// <summary>The revision of its last change.</summary>
    public long ModRevision { get; } = modRevision;

    /// <summary>
    /// Returns the encoding named <paramref name="variant"/>, making it with <paramref name="encode"/>
    /// the first time. Concurrent first calls may both encode; one result wins and is kept.
    /// </summary>
    public ReadOnlyMemory<byte> GetEncoding(string variant, Func<T, ReadOnlyMemory<byte>> encode) =>
        _encodings.GetOrAdd(variant, static state => state.encode(state.value), (encode, value: Value));
}
