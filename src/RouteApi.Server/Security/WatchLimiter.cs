using System.Collections.Concurrent;

namespace RouteApi.Server.Security;

/// <summary>Counts open watches per user, so one client cannot exhaust the server (<c>--max-watches-per-user</c>).</summary>
internal sealed class WatchLimiter(int limit)
{
    private readonly ConcurrentDictionary<string, int> _open = new(StringComparer.Ordinal);

    public int Limit => limit;

    /// <summary>Takes a slot for <paramref name="user"/>; null when the user already holds <see cref="Limit"/> watches.</summary>
    public IDisposable? TryAcquire(string user)
    {
        while (true)
        {
            var current = _open.GetOrAdd(user, 0);
            if (current >= limit)
            {
                return null;
            }

            // Compare-and-swap: two watches racing for the last slot cannot both get it.
            if (_open.TryUpdate(user, current + 1, current))
            {
                return new Slot(this, user);
            }
        }
    }

    private void Release(string user) => _open.AddOrUpdate(user, 0, static (_, count) => Math.Max(0, count - 1));

    private sealed class Slot(WatchLimiter owner, string user) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                owner.Release(user);
            }
        }
    }
}
