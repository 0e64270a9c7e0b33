using System.ComponentModel.DataAnnotations;

namespace RouteApi.Storage.Caching;

/// <summary>Sizing and timing of a <see cref="WatchCache{T}"/>.</summary>
public sealed class WatchCacheOptions
{
    /// <summary>How many recent events are kept for watches that start from a resourceVersion (default 10,000).</summary>
    [Range(1, 10_000_000)]
    public int EventHistorySize { get; set; } = 10_000;

    /// <summary>How many events one watcher may have waiting before it counts as slow (default 1,000).</summary>
    [Range(1, 1_000_000)]
    public int WatcherBufferSize { get; set; } = 1_000;

    /// <summary>How long one event may wait for slow watchers before they are closed (default 100 ms, as kube's cacher).</summary>
    public TimeSpan SlowWatcherBudget { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>How often watchers that asked for bookmarks get one (default one minute, as kube).</summary>
    public TimeSpan BookmarkInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many objects a relist reads per page, all pages at the first page's revision (default 10,000, as kube's cacher).</summary>
    [Range(1, 1_000_000)]
    public int RelistPageSize { get; set; } = 10_000;

    /// <summary>How long a read waits for the cache to reach a requested revision (default 3 s, as kube).</summary>
    public TimeSpan RevisionWaitLimit { get; set; } = TimeSpan.FromSeconds(3);
}
