using RouteApi.Storage;

namespace RouteApi.Testing;

/// <summary>
/// An <see cref="IStore"/> that hands every call to another store: test stores derive from it and
/// override only what they fail, delay or hold back. Disposing it disposes the other store once,
/// unless <paramref name="ownsInner"/> is false (a store shared with a test fixture that disposes it).
/// </summary>
public abstract class ForwardingStore(IStore inner, bool ownsInner = true) : IStore
{
    private int _disposed;

    /// <summary>The store every call not overridden goes to.</summary>
    protected IStore Inner { get; } = inner;

    /// <inheritdoc />
    public virtual long CurrentRevision => Inner.CurrentRevision;

    /// <inheritdoc />
    public virtual long CompactedRevision => Inner.CompactedRevision;

    /// <inheritdoc />
    public virtual ValueTask<bool> IsHealthyAsync(CancellationToken cancellationToken) => Inner.IsHealthyAsync(cancellationToken);

    /// <inheritdoc />
    public virtual ValueTask<StoredObject?> GetAsync(string key, CancellationToken cancellationToken) => Inner.GetAsync(key, cancellationToken);

    /// <inheritdoc />
    public virtual ValueTask<ListResult> ListAsync(ListRequest request, CancellationToken cancellationToken) => Inner.ListAsync(request, cancellationToken);

    /// <inheritdoc />
    public virtual ValueTask<StoredObject> CreateAsync(string key, ReadOnlyMemory<byte> value, CancellationToken cancellationToken) =>
        Inner.CreateAsync(key, value, cancellationToken);

    /// <inheritdoc />
    public virtual ValueTask<StoredObject> UpdateAsync(string key, ReadOnlyMemory<byte> value, long expectedRevision, CancellationToken cancellationToken) =>
        Inner.UpdateAsync(key, value, expectedRevision, cancellationToken);

    /// <inheritdoc />
    public virtual ValueTask<StoredObject> DeleteAsync(string key, long expectedRevision, CancellationToken cancellationToken) =>
        Inner.DeleteAsync(key, expectedRevision, cancellationToken);

    /// <inheritdoc />
    public virtual IAsyncEnumerable<StoreEvent> WatchAsync(string prefix, long fromRevision, CancellationToken cancellationToken) =>
        Inner.WatchAsync(prefix, fromRevision, cancellationToken);

    /// <inheritdoc />
    public virtual ValueTask CompactAsync(long revision, CancellationToken cancellationToken) => Inner.CompactAsync(revision, cancellationToken);

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ownsInner && Interlocked.Exchange(ref _disposed, 1) == 0 ? Inner.DisposeAsync() : ValueTask.CompletedTask;
    }
}
