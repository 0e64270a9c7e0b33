namespace RouteApi.Storage;

/// <summary>A watch consumer fell too far behind and its stream was closed; it should resume from its last revision.</summary>
public sealed class StoreWatchOverflowException(string prefix, long lastRevision)
    : StoreException(prefix, $"watch on {prefix} fell behind after revision {lastRevision}")
{
    /// <summary>The last revision delivered before the stream was closed.</summary>
    public long LastRevision { get; } = lastRevision;
}
