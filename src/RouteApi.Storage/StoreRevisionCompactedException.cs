namespace RouteApi.Storage;

/// <summary>A read or watch asked for a revision older than the compacted one (API: 410 Expired).</summary>
public sealed class StoreRevisionCompactedException(string key, long requested, long compacted)
    : StoreException(key, $"revision {requested} has been compacted (compacted revision {compacted})")
{
    /// <summary>The revision that was asked for.</summary>
    public long Requested { get; } = requested;

    /// <summary>The compacted revision: the oldest readable revision is the next one.</summary>
    public long Compacted { get; } = compacted;
}
