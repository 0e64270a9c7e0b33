namespace RouteApi.Storage.Sqlite;

/// <summary>
/// A write waiting for the writer loop. Its outcome is staged while the batch runs and published only
/// after the batch committed, so no caller ever observes a write that could still roll back.
/// </summary>
internal sealed class WriteOperation(
    WriteKind kind,
    string key,
    byte[] value,
    long expectedRevision,
    CancellationToken cancellationToken)
{
    // Continuations run on the thread pool, never inline on the writer thread, which must go back
    // to committing instead of running callers' code.
    private readonly TaskCompletionSource<StoredObject> _completion =
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    private StoredObject? _result;
    private Exception? _failure;

    /// <summary>What to do.</summary>
    public WriteKind Kind { get; } = kind;

    /// <summary>The key.</summary>
    public string Key { get; } = key;

    /// <summary>The new value (a private copy; empty for deletes).</summary>
    public byte[] Value { get; } = value;

    /// <summary>The modification revision the key must have (updates and deletes).</summary>
    public long ExpectedRevision { get; } = expectedRevision;

    /// <summary>Completes when the outcome is durable (or the write failed).</summary>
    public Task<StoredObject> Completion => _completion.Task;

    /// <summary>
    /// Skips the write when its caller gave up before the writer took it. Once taken, the outcome is
    /// always reported, so a caller never wonders whether a canceled write happened.
    /// </summary>
    public bool TryCancel()
    {
        if (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }

        _completion.TrySetCanceled(cancellationToken);
        return true;
    }

    /// <summary>Stages the success of this write, reported by <see cref="Acknowledge"/>.</summary>
    public void Stage(StoredObject result) => (_result, _failure) = (result, null);

    /// <summary>Stages a failed compare, reported by <see cref="Acknowledge"/>.</summary>
    public void Stage(StoreException failure) => (_result, _failure) = (null, failure);

    /// <summary>Reports the staged outcome; call only after the batch committed.</summary>
    public void Acknowledge()
    {
        if (_failure is not null)
        {
            _completion.TrySetException(_failure);
        }
        else if (_result is not null)
        {
            _completion.TrySetResult(_result);
        }
    }

    /// <summary>Reports that the write did not happen (the batch rolled back or the store closed).</summary>
    public void Fail(Exception exception) => _completion.TrySetException(exception);
}
