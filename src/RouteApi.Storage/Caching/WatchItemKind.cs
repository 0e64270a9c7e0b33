namespace RouteApi.Storage.Caching;

/// <summary>What a <see cref="WatchItem{T}"/> carries.</summary>
public enum WatchItemKind
{
    /// <summary>An object that existed when the watch started (sent as a synthetic ADDED).</summary>
    Initial,

    /// <summary>A change.</summary>
    Event,

    /// <summary>A bookmark: every change up to <see cref="WatchItem{T}.Revision"/> has been delivered.</summary>
    Bookmark,

    /// <summary>The end of the initial objects (sent as a bookmark annotated <c>k8s.io/initial-events-end</c>).</summary>
    InitialEventsEnd,
}
