using System.Runtime.CompilerServices;

namespace RouteApi.Storage.Instrumentation;

/// <summary>
/// An <see cref="IStore"/> decorator that times every operation of the store it wraps and reports
/// it to an <see cref="IStoreObserver"/>; it changes no result and no exception. Wrapping once here,
/// rather than in each backend, gives the embedded store and etcd the same measurements.
/// </summary>
/// <param name="inner">The backend.</param>
/// <param name="observer">Where measurements go.</param>
/// <param name="timeProvider">The clock durations are read from.</param>
public sealed class InstrumentedStore(IStore inner, IStoreObserver observer, TimeProvider timeProvider) : IStore
{
    /// <summary>The wrapped backend (for code that needs the concrete store, such as a startup wait).</summary>
    public IStore Inner => inner;

    /// <inheritdoc />
    public long CurrentRevision => inner.CurrentRevision;

    /// <inheritdoc />
    public long CompactedRevision => inner.CompactedRevision;

    /// <inheritdoc />
    public async ValueTask<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        var start = timeProvider.GetTimestamp();
        try
        {
            var healthy = await inner.IsHealthyAsync(cancellationToken);
            Report(StoreOperation.Health, string.Empty, start, healthy);
            return healthy;
        }
        catch (Exception e) when (Failed(StoreOperation.Health, string.Empty, start, e, cancellationToken))
        {
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask<StoredObject?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var start = timeProvider.GetTimestamp();
        try
        {
            var stored = await inner.GetAsync(key, cancellationToken);
            observer.Completed(StoreOperation.Get, key, timeProvider.GetElapsedTime(start));
            return stored;
        }
        catch (Exception e) when (Failed(StoreOperation.Get, key, start, e, cancellationToken))
        {
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask<ListResult> ListAsync(ListRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var start = timeProvider.GetTimestamp();
        try
        {
            var list = await inner.ListAsync(request, cancellationToken);
            observer.Completed(StoreOperation.List, request.Prefix, timeProvider.GetElapsedTime(start));
            return list;
        }
        catch (Exception e) when (Failed(StoreOperation.List, request.Prefix, start, e, cancellationToken))
        {
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask<StoredObject> CreateAsync(string key, ReadOnlyMemory<byte> value, CancellationToken cancellationToken)
    {
        var start = timeProvider.GetTimestamp();
        try
        {
            var created = await inner.CreateAsync(key, value, cancellationToken);
            observer.Completed(StoreOperation.Create, key, timeProvider.GetElapsedTime(start));
            return created;
        }
        catch (Exception e) when (Failed(StoreOperation.Create, key, start, e, cancellationToken))
        {
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask<StoredObject> UpdateAsync(string key, ReadOnlyMemory<byte> value, long expectedRevision, CancellationToken cancellationToken)
    {
        var start = timeProvider.GetTimestamp();
        try
        {
            var updated = await inner.UpdateAsync(key, value, expectedRevision, cancellationToken);
            observer.Completed(StoreOperation.Update, key, timeProvider.GetElapsedTime(start));
            return updated;
        }
        catch (Exception e) when (Failed(StoreOperation.Update, key, start, e, cancellationToken))
        {
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask<StoredObject> DeleteAsync(string key, long expectedRevision, CancellationToken cancellationToken)
    {
        var start = timeProvider.GetTimestamp();
        try
        {
            var deleted = await inner.DeleteAsync(key, expectedRevision, cancellationToken);
            observer.Completed(StoreOperation.Delete, key, timeProvider.GetElapsedTime(start));
            return deleted;
        }
        catch (Exception e) when (Failed(StoreOperation.Delete, key, start, e, cancellationToken))
        {
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask CompactAsync(long revision, CancellationToken cancellationToken)
    {
        var start = timeProvider.GetTimestamp();
        try
        {
            await inner.CompactAsync(revision, cancellationToken);
            observer.Completed(StoreOperation.Compact, string.Empty, timeProvider.GetElapsedTime(start));
        }
        catch (Exception e) when (Failed(StoreOperation.Compact, string.Empty, start, e, cancellationToken))
        {
            throw;
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<StoreEvent> WatchAsync(string prefix, long fromRevision, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var events = inner.WatchAsync(prefix, fromRevision, cancellationToken).GetAsyncEnumerator(cancellationToken);
        try
        {
            while (true)
            {
                try
                {
                    if (!await events.MoveNextAsync())
                    {
                        yield break;
                    }
                }
                catch (Exception e) when (IsFailure(e, cancellationToken))
                {
                    observer.Failed(StoreOperation.Watch, prefix, TimeSpan.Zero);
                    throw;
                }

                yield return events.Current;
            }
        }
        finally
        {
            await events.DisposeAsync();
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => inner.DisposeAsync();

    // A health check that answers "unhealthy" is the store failing to serve, as an error is.
    private void Report(StoreOperation operation, string key, long start, bool succeeded)
    {
        var elapsed = timeProvider.GetElapsedTime(start);
        if (succeeded)
        {
            observer.Completed(operation, key, elapsed);
        }
        else
        {
            observer.Failed(operation, key, elapsed);
        }
    }

    // Used as an exception filter: it records and returns false, so the exception propagates untouched.
    private bool Failed(StoreOperation operation, string key, long start, Exception exception, CancellationToken cancellationToken)
    {
        if (IsFailure(exception, cancellationToken))
        {
            observer.Failed(operation, key, timeProvider.GetElapsedTime(start));
        }
        else if (exception is not OperationCanceledException)
        {
            observer.Completed(operation, key, timeProvider.GetElapsedTime(start));
        }

        return false;
    }

    // The caller giving up is not the store failing; the contract's typed answers are not failures either.
    private static bool IsFailure(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        OperationCanceledException when cancellationToken.IsCancellationRequested => false,
        StoreConflictException or StoreKeyExistsException or StoreRevisionCompactedException or StoreFutureRevisionException or StoreWatchOverflowException => false,
        _ => true,
    };
}
