using System.Runtime.CompilerServices;
using RouteApi.Storage.Instrumentation;

namespace RouteApi.Storage.Tests.Instrumentation;

/// <summary>
/// The decorator reports each operation once: an answer (conflicts included) as completed, an outage
/// as failed, and a caller's cancellation not at all; results and exceptions pass through unchanged.
/// </summary>
public sealed class InstrumentedStoreTests
{
    private const string Key = "/registry/routes/ns/web";

    private readonly RecordingObserver _observer = new();

    [Fact]
    public async Task Get_StoreUnavailable_ReportsAFailedGetAndRethrows()
    {
        var store = Wrap(new ThrowingStore(new StoreUnavailableException(Key, "etcd is down")));

        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.GetAsync(Key, TestContext.Current.CancellationToken).AsTask());

        Assert.Equal(["failed get " + Key], _observer.Calls);
    }

    [Fact]
    public async Task Update_Conflict_ReportsACompletedUpdate()
    {
        var store = Wrap(new ThrowingStore(new StoreConflictException(Key, null)));

        await Assert.ThrowsAsync<StoreConflictException>(() => store.UpdateAsync(Key, Array.Empty<byte>(), 1, TestContext.Current.CancellationToken).AsTask());

        Assert.Equal(["completed update " + Key], _observer.Calls);
    }

    [Fact]
    public async Task Delete_CallerCancels_ReportsNothing()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var store = Wrap(new ThrowingStore(new OperationCanceledException(cancelled.Token)));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.DeleteAsync(Key, 1, cancelled.Token).AsTask());

        Assert.Empty(_observer.Calls);
    }

    [Fact]
    public async Task IsHealthy_Unhealthy_ReportsAFailedHealthCheck()
    {
        var store = Wrap(new ThrowingStore(null));

        var healthy = await store.IsHealthyAsync(TestContext.Current.CancellationToken);

        Assert.False(healthy);
        Assert.Equal(["failed health "], _observer.Calls);
    }

    [Fact]
    public async Task Watch_StreamBreaks_ReportsAFailedWatch()
    {
        var store = Wrap(new ThrowingStore(new StoreUnavailableException("/registry/", "stream broke")));

        await Assert.ThrowsAsync<StoreUnavailableException>(async () =>
        {
            await foreach (var _ in store.WatchAsync("/registry/", 0, TestContext.Current.CancellationToken))
            {
            }
        });

        Assert.Equal(["failed watch /registry/"], _observer.Calls);
    }

    private InstrumentedStore Wrap(IStore inner) => new(inner, _observer, TimeProvider.System);

    private sealed class RecordingObserver : IStoreObserver
    {
        public List<string> Calls { get; } = [];

        public void Completed(StoreOperation operation, string key, TimeSpan elapsed) =>
            Calls.Add($"completed {operation.ToString().ToLowerInvariant()} {key}");

        public void Failed(StoreOperation operation, string key, TimeSpan elapsed) =>
            Calls.Add($"failed {operation.ToString().ToLowerInvariant()} {key}");
    }

    /// <summary>A store whose every operation throws <paramref name="failure"/> (health checks answer false when it is null).</summary>
    private sealed class ThrowingStore(Exception? failure) : IStore
    {
        public long CurrentRevision => 0;

        public long CompactedRevision => 0;

        public ValueTask<bool> IsHealthyAsync(CancellationToken cancellationToken) =>
            failure is null ? ValueTask.FromResult(false) : ValueTask.FromException<bool>(failure);

        public ValueTask<StoredObject?> GetAsync(string key, CancellationToken cancellationToken) => ValueTask.FromException<StoredObject?>(Failure);

        public ValueTask<ListResult> ListAsync(ListRequest request, CancellationToken cancellationToken) => ValueTask.FromException<ListResult>(Failure);

        public ValueTask<StoredObject> CreateAsync(string key, ReadOnlyMemory<byte> value, CancellationToken cancellationToken) => ValueTask.FromException<StoredObject>(Failure);

        public ValueTask<StoredObject> UpdateAsync(string key, ReadOnlyMemory<byte> value, long expectedRevision, CancellationToken cancellationToken) =>
            ValueTask.FromException<StoredObject>(Failure);

        public ValueTask<StoredObject> DeleteAsync(string key, long expectedRevision, CancellationToken cancellationToken) =>
            ValueTask.FromException<StoredObject>(Failure);

        public async IAsyncEnumerable<StoreEvent> WatchAsync(string prefix, long fromRevision, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.Yield();
            if (Failure is { } error)
            {
                throw error;
            }

            yield break;
        }

        public ValueTask CompactAsync(long revision, CancellationToken cancellationToken) => ValueTask.FromException(Failure);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;

        private Exception Failure => failure ?? new InvalidOperationException("no failure configured");
    }
}
