namespace RouteApi.Storage.Caching;

/// <summary>
/// A fixed-size ring of the most recent events. Not thread-safe: the watch cache uses it under its
/// lock. <see cref="StartRevision"/> is the revision after which every event is still held.
/// </summary>
internal sealed class EventHistory<T>(int capacity)
    where T : class
{
    private readonly CacheEvent<T>[] _ring = new CacheEvent<T>[capacity];
    private int _start;
    private int _count;

    /// <summary>Every event with a revision above this one is in the ring.</summary>
    public long StartRevision { get; private set; }

    /// <summary>How many events the ring holds.</summary>
    public int Count => _count;

    public void Reset(long revision)
    {
        Array.Clear(_ring);
        _start = 0;
        _count = 0;
        StartRevision = revision;
    }

    public void Add(CacheEvent<T> cacheEvent)
    {
        if (_count == _ring.Length)
        {
            // The evicted event is the oldest one; watches must now start at or after it.
            StartRevision = _ring[_start].Revision;
            _ring[_start] = cacheEvent;
            _start = (_start + 1) % _ring.Length;
            return;
        }

        _ring[(_start + _count) % _ring.Length] = cacheEvent;
        _count++;
    }

    /// <summary>The held events with a revision above <paramref name="revision"/>, oldest first.</summary>
    public List<CacheEvent<T>> Since(long revision)
    {
        var events = new List<CacheEvent<T>>();
        for (var i = 0; i < _count; i++)
        {
            var cacheEvent = _ring[(_start + i) % _ring.Length];
            if (cacheEvent.Revision > revision)
            {
                events.Add(cacheEvent);
            }
        }

        return events;
    }
}
