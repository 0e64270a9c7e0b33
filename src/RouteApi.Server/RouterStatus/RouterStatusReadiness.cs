using System.Collections.Immutable;

namespace RouteApi.Server.RouterStatus;

/// <summary>Which routers' controllers have started (for the <c>router-status</c> readiness check).</summary>
internal sealed class RouterStatusReadiness
{
    // An immutable set swapped atomically: the controllers write, readiness probes read concurrently.
    private ImmutableHashSet<string> _started = ImmutableHashSet.Create<string>(StringComparer.Ordinal);

    /// <summary>
    /// Records that <paramref name="router"/>'s controller has started: it ran its first pass over
    /// the routes, or stands by because another replica holds the router's lease.
    /// </summary>
    public void MarkStarted(string router) => ImmutableInterlocked.Update(ref _started, set => set.Add(router));

    /// <summary>True once <paramref name="router"/>'s controller has started.</summary>
    public bool HasStarted(string router) => Volatile.Read(ref _started).Contains(router);
}
