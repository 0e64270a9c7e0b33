namespace RouteApi.Storage.Instrumentation;

/// <summary>
/// Told about every operation an <see cref="InstrumentedStore"/> forwards: how long it took, and
/// whether the store failed it. Called on the caller's thread, so implementations must be cheap
/// and thread-safe.
/// </summary>
public interface IStoreObserver
{
    /// <summary>
    /// The store answered. Compare-and-swap conflicts, existing keys and compacted or future
    /// revisions are answers too: etcd reports them as a failed compare or a typed error, not as
    /// an outage.
    /// </summary>
    /// <param name="operation">The operation.</param>
    /// <param name="key">The key or prefix it was about; empty for operations on the whole store.</param>
    /// <param name="elapsed">How long the store took.</param>
    void Completed(StoreOperation operation, string key, TimeSpan elapsed);

    /// <summary>The store could not answer: unreachable, timed out, or failed unexpectedly.</summary>
    /// <param name="operation">The operation.</param>
    /// <param name="key">The key or prefix it was about; empty for operations on the whole store.</param>
    /// <param name="elapsed">How long it took to fail (zero for a watch).</param>
    void Failed(StoreOperation operation, string key, TimeSpan elapsed);
}
