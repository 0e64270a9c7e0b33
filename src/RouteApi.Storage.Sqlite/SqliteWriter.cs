using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace RouteApi.Storage.Sqlite;

/// <summary>
/// The only writer of the database: one loop on a dedicated thread takes every queued write and
/// commits them in batches (group commit), so one fsync acknowledges many writes. Compare-and-swap
/// checks run inside the batch's transaction, so each write sees the ones before it.
/// </summary>
internal sealed partial class SqliteWriter : IAsyncDisposable
{
    private readonly Channel<WriteOperation> _writes =
        Channel.CreateUnbounded<WriteOperation>(new UnboundedChannelOptions { SingleReader = true });

    private readonly Channel<CompactionRequest> _compactions =
        Channel.CreateUnbounded<CompactionRequest>(new UnboundedChannelOptions { SingleReader = true });

    private readonly ManualResetEventSlim _workAvailable = new(initialState: false);
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SqliteConnection _connection;
    private readonly KineCommands _commands;
    private readonly WatchHub _hub;
    private readonly int _maxBatchSize;
    private readonly ILogger _logger;

    // Owned by the writer thread alone: the last committed revision.
    private long _revision;

    // Written by the writer thread, read by any thread (Volatile).
    private long _compactedRevision;
    private long _committedBatches;

    /// <summary>Takes over <paramref name="connection"/> and starts the writer thread.</summary>
    public SqliteWriter(SqliteConnection connection, WatchHub hub, long compactedRevision, int maxBatchSize, ILogger logger)
    {
        _connection = connection;
        _commands = new KineCommands(connection);
        _hub = hub;
        _revision = hub.Revision;
        _compactedRevision = compactedRevision;
        _maxBatchSize = maxBatchSize;
        _logger = logger;

        // A dedicated thread, not the pool: every commit blocks in fsync, which would starve pool threads.
        new Thread(Run) { IsBackground = true, Name = "RouteApi SQLite writer" }.Start();
    }

    /// <summary>The revision at and below which history is gone.</summary>
    public long CompactedRevision => Volatile.Read(ref _compactedRevision);

    /// <summary>False once the writer loop has ended (closed, or stopped by a bug); the store then refuses writes.</summary>
    public bool IsRunning => !_stopped.Task.IsCompleted;

    /// <summary>How many write transactions committed (group commit makes this far below the write count).</summary>
    public long CommittedBatches => Volatile.Read(ref _committedBatches);

    /// <summary>Queues a write; its task completes once the outcome is durable.</summary>
    /// <exception cref="ObjectDisposedException">The store is closing.</exception>
    public Task<StoredObject> EnqueueAsync(WriteOperation operation)
    {
        ObjectDisposedException.ThrowIf(!_writes.Writer.TryWrite(operation), this);

        _workAvailable.Set();
        return operation.Completion;
    }

    /// <summary>Queues a compaction; its task completes once the compaction is durable.</summary>
    /// <exception cref="ObjectDisposedException">The store is closing.</exception>
    public Task CompactAsync(CompactionRequest request)
    {
        ObjectDisposedException.ThrowIf(!_compactions.Writer.TryWrite(request), this);

        _workAvailable.Set();
        return request.Completion;
    }

    /// <summary>
    /// Refuses new work, lets the loop commit everything already queued, and waits until the loop
    /// closed the connection (the writer thread disposes what it owns).
    /// </summary>
    public ValueTask DisposeAsync()
    {
        _writes.Writer.TryComplete();
        _compactions.Writer.TryComplete();
        _workAvailable.Set();
        return new ValueTask(_stopped.Task);
    }

    private void Run()
    {
        var batch = new List<WriteOperation>(_maxBatchSize);
        try
        {
            while (WaitForWork())
            {
                TakeBatch(batch);
                if (batch.Count > 0)
                {
                    CommitBatch(batch);
                    batch.Clear();
                }

                CompactStep();
            }
        }
        catch (Exception exception)
        {
            // A bug, not an I/O error (CommitBatch handles those): fail everything rather than hang callers.
            Log.WriterFailed(_logger, exception);
            _writes.Writer.TryComplete();
            _compactions.Writer.TryComplete();
            FailQueued(batch, exception);
        }
        finally
        {
            _commands.Dispose();
            _connection.Dispose();

            // _workAvailable stays undisposed: a producer whose write this loop already committed may
            // still be about to Set it, and must not fail with ObjectDisposedException for a durable write.
            _stopped.TrySetResult();
        }
    }

    private bool WaitForWork()
    {
        while (true)
        {
            if (_activeCompaction is not null || _writes.Reader.TryPeek(out _) || _compactions.Reader.TryPeek(out _))
            {
                return true;
            }

            if (_writes.Reader.Completion.IsCompleted && _compactions.Reader.Completion.IsCompleted)
            {
                return false;
            }

            // Reset, then look again before sleeping: a producer that queued and Set between the look
            // above and this Reset had its signal erased, and its write would otherwise sleep in the
            // queue until the next one arrived (a lost wake-up).
            _workAvailable.Reset();
            if (_writes.Reader.TryPeek(out _) || _compactions.Reader.TryPeek(out _)
                || (_writes.Reader.Completion.IsCompleted && _compactions.Reader.Completion.IsCompleted))
            {
                continue;
            }

            _workAvailable.Wait();
        }
    }

    private void TakeBatch(List<WriteOperation> batch)
    {
        while (batch.Count < _maxBatchSize && _writes.Reader.TryRead(out var operation))
        {
            if (!operation.TryCancel())
            {
                batch.Add(operation);
            }
        }
    }

    private void CommitBatch(List<WriteOperation> batch)
    {
        var revision = _revision;
        var events = new List<StoreEvent>(batch.Count);
        try
        {
            using var transaction = _connection.BeginTransaction();
            _commands.Enlist(transaction);
            foreach (var operation in batch)
            {
                Apply(operation, ref revision, events);
            }

            transaction.Commit();
        }
        catch (SqliteException exception)
        {
            // The transaction rolled back, so none of the batch happened and the revision stays.
            Log.BatchFailed(_logger, batch.Count, exception);
            foreach (var operation in batch)
            {
                operation.Fail(exception);
            }

            return;
        }

        _revision = revision;
        Volatile.Write(ref _committedBatches, _committedBatches + 1);
        Log.BatchCommitted(_logger, batch.Count, revision);

        // Publish before acknowledging: a caller that sees its write acknowledged and then reads
        // CurrentRevision or relies on a watch must find the write already there.
        if (events.Count > 0)
        {
            _hub.Publish(events, revision);
        }

        foreach (var operation in batch)
        {
            operation.Acknowledge();
        }
    }

    private void Apply(WriteOperation operation, ref long revision, List<StoreEvent> events)
    {
        var latest = _commands.ReadLatest(operation.Key);
        var live = latest is { Deleted: false } ? latest : null;
        KineRow row;
        if (operation.Kind == WriteKind.Create)
        {
            if (live is not null)
            {
                operation.Stage(new StoreKeyExistsException(operation.Key));
                return;
            }

            row = new KineRow(revision + 1, operation.Key, true, false, revision + 1, latest?.Id ?? 0, operation.Value, null);
        }
        else if (live is null || live.Id != operation.ExpectedRevision)
        {
            // A failed compare writes nothing and so, as in etcd, does not bump the revision.
            operation.Stage(new StoreConflictException(operation.Key, live?.ToStoredObject()));
            return;
        }
        else
        {
            var deleted = operation.Kind == WriteKind.Delete;
            var value = deleted ? live.Value : operation.Value;
            row = new KineRow(revision + 1, operation.Key, false, deleted, live.CreateRevision, live.Id, value, live.Value);
        }

        _commands.Insert(row);
        revision = row.Id;
        events.Add(row.ToEvent());
        operation.Stage(row.ToStoredObject());
    }

    private void FailQueued(List<WriteOperation> batch, Exception exception)
    {
        var failure = new ObjectDisposedException(nameof(SqliteWriter), exception);
        foreach (var operation in batch)
        {
            operation.Fail(failure);
        }

        while (_writes.Reader.TryRead(out var operation))
        {
            operation.Fail(failure);
        }

        _activeCompaction?.Fail(failure);
        while (_compactions.Reader.TryRead(out var request))
        {
            request.Fail(failure);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1510, EventName = nameof(BatchCommitted), Level = LogLevel.Debug,
            Message = "Committed {Count} writes up to revision {Revision}")]
        public static partial void BatchCommitted(ILogger logger, int count, long revision);

        [LoggerMessage(EventId = 1511, EventName = nameof(BatchFailed), Level = LogLevel.Error,
            Message = "A batch of {Count} writes rolled back")]
        public static partial void BatchFailed(ILogger logger, int count, Exception exception);

        [LoggerMessage(EventId = 1512, EventName = nameof(WriterFailed), Level = LogLevel.Critical,
            Message = "The SQLite writer loop stopped; the store refuses further writes")]
        public static partial void WriterFailed(ILogger logger, Exception exception);

        [LoggerMessage(EventId = 1513, EventName = nameof(Compacted), Level = LogLevel.Information,
            Message = "Compacted history up to revision {Revision}, removing {Rows} rows")]
        public static partial void Compacted(ILogger logger, long revision, long rows);

        [LoggerMessage(EventId = 1514, EventName = nameof(CompactionFailed), Level = LogLevel.Error,
            Message = "Compaction to revision {Revision} failed")]
        public static partial void CompactionFailed(ILogger logger, long revision, Exception exception);

        [LoggerMessage(EventId = 1515, EventName = nameof(CheckpointBusy), Level = LogLevel.Debug,
            Message = "The WAL checkpoint after compaction did not finish; a later one completes it")]
        public static partial void CheckpointBusy(ILogger logger, Exception? exception);
    }
}
