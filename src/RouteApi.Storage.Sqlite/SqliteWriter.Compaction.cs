using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;

namespace RouteApi.Storage.Sqlite;

internal sealed partial class SqliteWriter
{
    /// <summary>Revisions compacted per transaction, so writes queued meanwhile wait one chunk at most (as kine).</summary>
    private const long CompactionChunk = 1000;

    // Owned by the writer thread alone: the compaction in progress.
    private CompactionRequest? _activeCompaction;

    /// <summary>
    /// Runs one chunk of the current compaction (starting the next queued one if none runs). The loop
    /// commits a batch of writes between chunks, so a long compaction does not stall writers.
    /// </summary>
    private void CompactStep()
    {
        var request = _activeCompaction;
        if (request is null && !TryStartCompaction(out request))
        {
            return;
        }

        var lo = _compactedRevision;
        var hi = Math.Min(request.Revision, lo + CompactionChunk);
        try
        {
            // Each chunk is a complete compaction to hi and records hi as the watermark in the same
            // transaction, so a crash between chunks leaves a consistent, merely shorter, compaction.
            using var transaction = _connection.BeginTransaction();
            _commands.Enlist(transaction);
            request.RemovedRows += _commands.Compact(lo, hi);
            transaction.Commit();
        }
        catch (SqliteException exception)
        {
            Log.CompactionFailed(_logger, request.Revision, exception);
            _activeCompaction = null;
            request.Fail(exception);
            return;
        }

        Volatile.Write(ref _compactedRevision, hi);
        if (hi < request.Revision)
        {
            return;
        }

        _activeCompaction = null;
        Checkpoint();
        Log.Compacted(_logger, hi, request.RemovedRows);
        request.Complete();
    }

    // Validated when it starts, not when queued: the writer alone orders compactions and writes,
    // so two concurrent compactions cannot both pass a check made against the same watermark.
    private bool TryStartCompaction([NotNullWhen(true)] out CompactionRequest? request)
    {
        while (_compactions.Reader.TryRead(out request))
        {
            if (request.TryCancel())
            {
                continue;
            }

            if (request.Revision <= _compactedRevision)
            {
                request.Fail(new StoreRevisionCompactedException(string.Empty, request.Revision, _compactedRevision));
            }
            else if (request.Revision > _revision)
            {
                request.Fail(new StoreFutureRevisionException(string.Empty, request.Revision, _revision));
            }
            else
            {
                _activeCompaction = request;
                return true;
            }
        }

        request = null;
        return false;
    }

    // The compaction is already durable: a checkpoint that cannot finish only leaves the WAL longer.
    private void Checkpoint()
    {
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = KineSql.Checkpoint;
            using var reader = command.ExecuteReader();

            // The first column is 1 when active readers kept part of the WAL; a later checkpoint takes it.
            if (reader.Read() && reader.GetInt64(0) != 0)
            {
                Log.CheckpointBusy(_logger, null);
            }
        }
        catch (SqliteException exception)
        {
            Log.CheckpointBusy(_logger, exception);
        }
    }
}
