namespace RouteApi.Storage.Caching;

/// <summary>Why the watch cache closed a watcher.</summary>
public enum WatcherCloseReason
{
    /// <summary>Still open, or closed by its owner.</summary>
    None,

    /// <summary>It could not keep up; its client should watch again from its last revision.</summary>
    TooSlow,

    /// <summary>The cache relisted after losing history; the client should relist (410 Expired).</summary>
    Resynced,

    /// <summary>The cache is shutting down.</summary>
    Stopped,
}
