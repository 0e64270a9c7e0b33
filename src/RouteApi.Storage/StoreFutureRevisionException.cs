namespace RouteApi.Storage;

/// <summary>A read asked for a revision the store has not reached (API: 504 Timeout "Too large resource version").</summary>
public sealed class StoreFutureRevisionException(string key, long requested, long current)
    : StoreException(key, $"revision {requested} is ahead of the current revision {current}")
{
    /// <summary>The revision that was asked for.</summary>
    public long Requested { get; } = requested;

    /// <summary>The store's current revision.</summary>
    public long Current { get; } = current;
}
