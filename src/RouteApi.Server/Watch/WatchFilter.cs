using RouteApi.Core.Model;
using RouteApi.Core.Selectors;
using RouteApi.Storage;
using RouteApi.Storage.Caching;

namespace RouteApi.Server.Watch;

/// <summary>
/// A watcher's label and field selectors, applied to changes as kube does: a change that brings an
/// object into the selection is ADDED, one that takes it out is DELETED (with the old object), and
/// other matching changes are MODIFIED.
/// </summary>
internal sealed class WatchFilter(LabelSelector labels, FieldSelector fields)
{
    public bool Matches(Route route) => labels.Matches(route.Metadata.Labels) && RouteFields.Matches(fields, route);

    /// <summary>The event type to send and whether to send the previous object; null to send nothing.</summary>
    public (string Type, bool UsePrevious)? Classify(CacheEvent<Route> cacheEvent)
    {
        switch (cacheEvent.Type)
        {
            case StoreEventType.Created:
                return Matches(cacheEvent.Current) ? (WatchEventEncoder.Added, false) : null;
            case StoreEventType.Deleted:
                return Matches(cacheEvent.Current) ? (WatchEventEncoder.Deleted, false) : null;
        }

        var now = Matches(cacheEvent.Current);
        var before = cacheEvent.Previous is not null && Matches(cacheEvent.Previous);
        return (now, before) switch
        {
            (true, true) => (WatchEventEncoder.Modified, false),
            (true, false) => (WatchEventEncoder.Added, false),
            (false, true) => (WatchEventEncoder.Deleted, true),
            _ => null,
        };
    }
}
