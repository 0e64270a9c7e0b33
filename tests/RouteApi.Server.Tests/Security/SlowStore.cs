using RouteApi.Storage;

namespace RouteApi.Server.Tests.Security;

/// <summary>
/// An <see cref="IStore"/> that forwards to the real store, except that creating a key whose last
/// segment starts with <see cref="SlowPrefix"/> never completes until its request is cancelled:
/// a store that hangs, so a request can outlive the request timeout without any clock race.
/// </summary>
public sealed class SlowStore(IStore inner) : IStore
{
    public const string SlowPrefix = "slow-";

    public long CurrentRevision => inner.CurrentRevision;

    public long CompactedRevision => inner.CompactedRevision;

    public async ValueTask<StoredObject> CreateAsync(string key, ReadOnlyMemory<byte> value, CancellationToken cancellationToken)
    {
        if (key[(key.LastIndexOf('/') + 1)..].StartsWith(SlowPrefix, StringComparison.Ordinal))
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        }

        return await inner.CreateAsync(key, value, cancellationToken);
    }

    public ValueTask<StoredObject?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

    public ValueTask<ListResult> ListAsync(ListRequest request, CancellationToken cancellationToken) => inner.ListAsync(request, cancellationToken);

    public ValueTask<StoredObject> UpdateAsync(string key, ReadOnlyMemory<byte> value, long expectedRevision, CancellationToken cancellationToken) =>
        inner.UpdateAsync(key, value, expectedRevision, cancellationToken);

    public ValueTask<StoredObject> DeleteAsync(string key, long expectedRevision, CancellationToken cancellationToken) =>
        inner.DeleteAsync(key, expectedRevision, cancellationToken);

    public IAsyncEnumerable<StoreEvent> WatchAsync(string prefix, long fromRevision, CancellationToken cancellationToken) =>
        inner.WatchAsync(prefix, fromRevision, cancellationToken);

    public ValueTask CompactAsync(long revision, CancellationToken cancellationToken) => inner.CompactAsync(revision, cancellationToken);

    public ValueTask<bool> IsHealthyAsync(CancellationToken cancellationToken) => inner.IsHealthyAsync(cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
