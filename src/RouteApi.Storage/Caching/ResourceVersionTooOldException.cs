namespace RouteApi.Storage.Caching;

/// <summary>
/// A watch asked to start before the oldest event the cache still holds (API: 410 Gone, reason
/// <c>Expired</c>, <c>too old resource version: N (oldest)</c>); the client relists.
/// </summary>
public sealed class ResourceVersionTooOldException(string prefix, long requested, long oldest)
    : StoreException(prefix, $"too old resource version: {requested} ({oldest})")
{
    /// <summary>The revision the watch asked for.</summary>
    public long Requested { get; } = requested;

    /// <summary>The oldest revision the cache can start a watch from.</summary>
    public long Oldest { get; } = oldest;
}
