using System.Runtime;

namespace RouteApi.Storage.Caching;

/// <summary>
/// Holds garbage collection off while the first relist of a large cache decodes, then collects once.
/// </summary>
/// <remarks>
/// Nearly everything a relist allocates either stays for good (the decoded objects) or dies at once
/// (the rows read). Collecting while the heap grows by hundreds of megabytes marks and copies the same
/// survivors again and again: on 100,000 routes a cold start ran 33 collections, most of them of the
/// first two generations and blocking both cores' decoding. Inside a no-GC region
/// (<see cref="GC.TryStartNoGCRegion(long)"/>) the relist allocates freely, and one full compacting
/// collection at the end frees the rows and hands the memory back before the cache reports ready.
/// The region commits its size up front, so it is only used when the expected allocation is large
/// enough to matter and a small part of the memory the process may use; if the relist allocates more
/// than expected the runtime ends the region itself and collects as usual.
/// </remarks>
internal sealed class RelistCollectionPause : IDisposable
{
    // A region needs memory set aside for all of it: never more than this share of what the process may use.
    private const int AvailableMemoryShare = 4;

    // Allocations are estimated from the first page; the rest of the relist may allocate a little more per object.
    private const double Headroom = 1.25;

    private RelistCollectionPause()
    {
    }

    /// <summary>
    /// Starts a region for the rest of a relist when <paramref name="remaining"/> objects at
    /// <paramref name="bytesPerObject"/> each are expected to allocate at least
    /// <paramref name="minimumBytes"/>; null when no region was started (too small, too large, or one
    /// is already open elsewhere in the process).
    /// </summary>
    public static RelistCollectionPause? TryStart(long remaining, double bytesPerObject, long minimumBytes)
    {
        var expected = (long)Math.Min(remaining * bytesPerObject * Headroom, long.MaxValue / 2);
        if (remaining <= 0 || expected < minimumBytes
            || expected > GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / AvailableMemoryShare)
        {
            return null;
        }

        try
        {
            return GC.TryStartNoGCRegion(expected) ? new RelistCollectionPause() : null;
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // More than the runtime can set aside, or another region is open: relist with collections.
            return null;
        }
    }

    /// <summary>Ends the region if the runtime has not already and runs one full compacting collection.</summary>
    public void Dispose()
    {
        if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            try
            {
                GC.EndNoGCRegion();
            }
            catch (InvalidOperationException)
            {
                // The region ran out between the check and the call and is over already.
            }
        }

        GC.Collect();
    }
}
