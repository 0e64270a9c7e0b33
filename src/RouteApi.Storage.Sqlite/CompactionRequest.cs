namespace RouteApi.Storage.Sqlite;

/// <summary>A compaction waiting for, or being run by, the writer loop.</summary>
internal sealed class CompactionRequest(long revision, CancellationToken cancellationToken)
{
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Compact history at and below this revision.</summary>
    public long Revision { get; } = revision;

    /// <summary>Rows removed so far (for the log).</summary>
    public long RemovedRows { get; set; }

    /// <summary>Completes when the compaction is durable.</summary>
    public Task Completion => _completion.Task;

    /// <summary>Skips the compaction when its caller gave up before it started.</summary>
    public bool TryCancel() =>
        cancellationToken.IsCancellationRequested && _completion.TrySetCanceled(cancellationToken);

    /// <summary>Reports success.</summary>
    public void Complete() => _completion.TrySetResult();

    /// <summary>Reports failure.</summary>
    public void Fail(Exception exception) => _completion.TrySetException(exception);
}
