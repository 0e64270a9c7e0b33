using System.ComponentModel.DataAnnotations;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace RouteApi.Storage.Sqlite;

/// <summary>
/// The embedded, durable <see cref="IStore"/>: kine's append-only table on SQLite (WAL,
/// <c>synchronous=FULL</c>) with one group-committing writer and watch events published straight
/// from the commit path. One process owns the database file.
/// </summary>
internal sealed partial class SqliteStore : IStore
{
    /// <summary>The database file inside the data directory.</summary>
    public const string FileName = "routeapi.db";

    /// <summary>The lock file that keeps a second server off the same data directory.</summary>
    public const string LockFileName = "routeapi.lock";

    private readonly string _path;
    private readonly KineReader _reader;
    private readonly SqliteWriter _writer;
    private readonly WatchHub _hub;
    private readonly ILogger _logger;
    private readonly FileStream _directoryLock;
    private int _disposed;

    private SqliteStore(string path, FileStream directoryLock, KineReader reader, SqliteWriter writer, WatchHub hub, ILogger logger)
    {
        _path = path;
        _directoryLock = directoryLock;
        _reader = reader;
        _writer = writer;
        _hub = hub;
        _logger = logger;
    }

    /// <inheritdoc />
    public long CurrentRevision => _hub.Revision;

    /// <inheritdoc />
    public long CompactedRevision => _writer.CompactedRevision;

    /// <summary>The number of committed write transactions since the store opened (group commit diagnostics).</summary>
    internal long CommittedBatches => _writer.CommittedBatches;

    /// <summary>Opens (creating if needed) the store in <paramref name="directory"/> with default options.</summary>
    /// <param name="directory">The data directory; created when missing.</param>
    /// <param name="logger">The logger, or null for none.</param>
    /// <param name="cancellationToken">Cancels before the database is opened.</param>
    /// <returns>The open store; dispose it to close the database.</returns>
    public static ValueTask<IStore> OpenAsync(string directory, ILogger? logger, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult<IStore>(Open(new SqliteStoreOptions { DataDirectory = directory }, logger));
    }

    /// <summary>Opens (creating if needed) the store described by <paramref name="options"/>.</summary>
    /// <exception cref="ValidationException">The options are invalid.</exception>
    internal static SqliteStore Open(SqliteStoreOptions options, ILogger? logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        Validator.ValidateObject(options, new ValidationContext(options), validateAllProperties: true);
        logger ??= NullLogger.Instance;
        Directory.CreateDirectory(options.DataDirectory);
        var directoryLock = LockDirectory(options.DataDirectory);
        var path = Path.GetFullPath(Path.Combine(options.DataDirectory, FileName));
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
        var connection = new SqliteConnection(builder.ToString());
        long revision;
        long compacted;
        try
        {
            connection.Open();
            ExecuteOrThrow(connection, KineSql.JournalMode, "wal");
            ExecuteOrThrow(connection, KineSql.Synchronous, null);
            ExecuteOrThrow(connection, KineSql.Schema, null);
            compacted = (long)ExecuteOrThrow(connection, KineSql.SelectCompactRevision, null)!;
            revision = Math.Max(compacted, (long)ExecuteOrThrow(connection, KineSql.SelectLastRevision, null)!);
        }
        catch
        {
            connection.Dispose();
            directoryLock.Dispose();
            throw;
        }

        var hub = new WatchHub(revision, options.WatchBufferSize, logger);
        var writer = new SqliteWriter(connection, hub, compacted, options.MaxBatchSize, logger);
        builder.Mode = SqliteOpenMode.ReadWrite;
        builder.Pooling = true;
        var reader = new KineReader(builder.ToString());
        Log.Opened(logger, path, revision, compacted);
        return new SqliteStore(path, directoryLock, reader, writer, hub, logger);
    }

    /// <inheritdoc />
    /// <remarks>Healthy while open and while its writer loop runs: a writer stopped by a bug refuses every write.</remarks>
    public ValueTask<bool> IsHealthyAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(Volatile.Read(ref _disposed) == 0 && _writer.IsRunning);

    /// <inheritdoc />
    public ValueTask<StoredObject?> GetAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();

        // Microsoft.Data.Sqlite executes synchronously and a point read is one index seek, so this
        // completes inline. Reading at CurrentRevision hides a write that committed but whose
        // acknowledgement is still on its way, so reads never run ahead of CurrentRevision.
        var row = _reader.ReadLatest(key, CurrentRevision);
        return ValueTask.FromResult(row is { Deleted: false } ? row.ToStoredObject() : null);
    }

    /// <inheritdoc />
    public ValueTask<ListResult> ListAsync(ListRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Prefix, nameof(request));
        ArgumentOutOfRangeException.ThrowIfNegative(request.Revision, nameof(request));
        ArgumentOutOfRangeException.ThrowIfNegative(request.Limit, nameof(request));
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();

        var current = CurrentRevision;
        var revision = request.Revision == 0 ? current : request.Revision;
        if (revision > current)
        {
            throw new StoreFutureRevisionException(request.Prefix, revision, current);
        }

        return ValueTask.FromResult(_reader.List(request, revision));
    }

    /// <inheritdoc />
    public ValueTask<StoredObject> CreateAsync(string key, ReadOnlyMemory<byte> value, CancellationToken cancellationToken) =>
        EnqueueAsync(WriteKind.Create, key, value, 0, cancellationToken);

    /// <inheritdoc />
    public ValueTask<StoredObject> UpdateAsync(string key, ReadOnlyMemory<byte> value, long expectedRevision, CancellationToken cancellationToken) =>
        EnqueueAsync(WriteKind.Update, key, value, expectedRevision, cancellationToken);

    /// <inheritdoc />
    public ValueTask<StoredObject> DeleteAsync(string key, long expectedRevision, CancellationToken cancellationToken) =>
        EnqueueAsync(WriteKind.Delete, key, ReadOnlyMemory<byte>.Empty, expectedRevision, cancellationToken);

    /// <inheritdoc />
    public ValueTask CompactAsync(long revision, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();
        return new ValueTask(_writer.CompactAsync(new CompactionRequest(revision, cancellationToken)));
    }

    /// <summary>
    /// Stops the writer after it committed every queued write, ends every watch stream, and closes
    /// the database. Reopening the directory restores the same keys and revisions.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        // Writer first: it commits and publishes what is queued, so watches receive the last
        // acknowledged writes before their streams are completed.
        await _writer.DisposeAsync();
        _hub.Close();
        _reader.Close();
        await _directoryLock.DisposeAsync();
        Log.Closed(_logger, _path, CurrentRevision);
    }

    /// <summary>
    /// Takes an exclusive lock on the data directory for the store's lifetime. This store is the
    /// only writer of its database (revisions and watch events come from its writer thread), so a
    /// second process on the same directory would corrupt both; it fails here instead.
    /// </summary>
    private static FileStream LockDirectory(string directory)
    {
        var lockPath = Path.Combine(directory, LockFileName);
        try
        {
            return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            throw new InvalidOperationException($"The data directory {Path.GetFullPath(directory)} is in use by another RouteApi server.", e);
        }
    }

    private ValueTask<StoredObject> EnqueueAsync(
        WriteKind kind,
        string key,
        ReadOnlyMemory<byte> value,
        long expectedRevision,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfDisposed();

        // Copy the value: the caller may reuse its buffer once acknowledged, while watch events and
        // the returned object keep referring to these bytes.
        var operation = new WriteOperation(kind, key, value.ToArray(), expectedRevision, cancellationToken);
        return new ValueTask<StoredObject>(_writer.EnqueueAsync(operation));
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);

    private static object? ExecuteOrThrow(SqliteConnection connection, string sql, string? expected)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var result = command.ExecuteScalar();
        if (expected is not null && !string.Equals(result as string, expected, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"SQLite answered '{result}' to '{sql}', expected '{expected}'.");
        }

        return result;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1500, EventName = nameof(Opened), Level = LogLevel.Information,
            Message = "Opened the SQLite store {Path} at revision {Revision} (compacted revision {CompactedRevision})")]
        public static partial void Opened(ILogger logger, string path, long revision, long compactedRevision);

        [LoggerMessage(EventId = 1501, EventName = nameof(Closed), Level = LogLevel.Information,
            Message = "Closed the SQLite store {Path} at revision {Revision}")]
        public static partial void Closed(ILogger logger, string path, long revision);

        [LoggerMessage(EventId = 1502, EventName = nameof(WatchOpened), Level = LogLevel.Debug,
            Message = "Watch on {Prefix} opened after revision {Revision}")]
        public static partial void WatchOpened(ILogger logger, string prefix, long revision);

        [LoggerMessage(EventId = 1503, EventName = nameof(WatchClosed), Level = LogLevel.Debug,
            Message = "Watch on {Prefix} closed")]
        public static partial void WatchClosed(ILogger logger, string prefix);
    }
}
