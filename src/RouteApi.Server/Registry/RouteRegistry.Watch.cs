using RouteApi.Core.Model;
using RouteApi.Server.Http;
using RouteApi.Storage.Caching;

namespace RouteApi.Server.Registry;

internal sealed partial class RouteRegistry
{
    /// <summary>
    /// Opens a watch on one namespace (or all), with kube-apiserver 1.32's resourceVersion rules:
    /// unset or "0" starts with a synthetic ADDED per current object (unset: at the latest state),
    /// unless <c>sendInitialEvents=false</c>, which starts now without them; N streams every change
    /// after N, and an N older than the cache's history answers 410 Expired. With initial events and
    /// <c>allowWatchBookmarks</c>, a bookmark marks their end.
    /// </summary>
    public async Task<CacheWatcher<Route>> WatchAsync(string? @namespace, ListOptions options, CancellationToken cancellationToken)
    {
        var prefix = layout.NamespacePrefix(@namespace);
        var sendInitialEvents = options.SendInitialEvents ?? options.ResourceVersion == 0;
        if (sendInitialEvents || options.ResourceVersion == 0)
        {
            // Unset means the latest state, "0" any state, and N (with sendInitialEvents) not older than N.
            // On etcd other writers move the revision too; there, as kube's cacher, unset starts from
            // the cache's current state rather than waiting for a revision it may never be told about.
            var minimum = options.ResourceVersionText.Length == 0 && !layout.ConsistentReadsFromCache ? 0 : MinimumRevision(options.ResourceVersionText);
            await SnapshotAsync(minimum, cancellationToken);
            var markEnd = sendInitialEvents && options.AllowWatchBookmarks;
            return cache.Watch(new WatchRequest(prefix, 0, sendInitialEvents, markEnd, options.AllowWatchBookmarks));
        }

        await cache.Ready.WaitAsync(cancellationToken);
        try
        {
            return cache.Watch(new WatchRequest(prefix, options.ResourceVersion, false, false, options.AllowWatchBookmarks));
        }
        catch (ResourceVersionTooOldException e)
        {
            throw StatusErrors.Expired($"too old resource version: {e.Requested} ({e.Oldest})");
        }
    }
}
