namespace RouteApi.Storage.Etcd;

/// <summary>
/// A revision that only moves forward: the highest value any thread has reported. Responses from
/// etcd arrive concurrently and out of order, so a plain store could move it backwards.
/// </summary>
internal sealed class RevisionWatermark
{
    private long _value;

    /// <summary>The highest revision reported so far (0 before the first).</summary>
    public long Value => Volatile.Read(ref _value);

    /// <summary>Raises the watermark to <paramref name="revision"/> if that is higher.</summary>
    public void Observe(long revision)
    {
        // Compare-and-swap loop instead of a lock: a lost race retries only when the other thread
        // stored a lower value, so the maximum always wins.
        var current = Volatile.Read(ref _value);
        while (revision > current)
        {
            var seen = Interlocked.CompareExchange(ref _value, revision, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
