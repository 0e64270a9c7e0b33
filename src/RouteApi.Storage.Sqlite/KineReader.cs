using Microsoft.Data.Sqlite;

namespace RouteApi.Storage.Sqlite;

/// <summary>
/// The read side: point reads, snapshot lists and watch replay on pooled read connections, which in
/// WAL mode never wait for the writer. Multi-statement reads run in one read transaction, so they see
/// one snapshot even while the writer commits or compacts.
/// </summary>
internal sealed class KineReader(string connectionString)
{
    private volatile bool _closed;

    /// <summary>The newest row of <paramref name="key"/> at or below <paramref name="revision"/> (possibly a tombstone), or null.</summary>
    public KineRow? ReadLatest(string key, long revision)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = KineSql.SelectLatestAt;
        command.Parameters.AddWithValue("$name", key);
        command.Parameters.AddWithValue("$rev", revision);
        using var reader = command.ExecuteReader();
        return reader.Read() ? KineRow.Read(reader) : null;
    }

    /// <summary>Reads one page of the live keys of <paramref name="request"/> at <paramref name="revision"/>.</summary>
    /// <exception cref="StoreRevisionCompactedException"><paramref name="revision"/> is below the compaction watermark.</exception>
    public ListResult List(ListRequest request, long revision)
    {
        var range = KeyRange.ForPrefix(request.Prefix);
        var start = request.StartKey is { } startKey && string.CompareOrdinal(startKey, range.Prefix) > 0
            ? startKey
            : range.Prefix;

        using var connection = Open();
        using var transaction = connection.BeginTransaction(deferred: true);
        ThrowIfCompacted(transaction, request.Prefix, revision);

        var items = new List<StoredObject>();
        using (var page = Command(transaction, KineSql.ListPage, range, revision))
        {
            page.Parameters.AddWithValue("$start", start);
            page.Parameters.AddWithValue("$limit", request.Limit > 0 ? request.Limit : -1);
            using var reader = page.ExecuteReader();
            while (reader.Read())
            {
                items.Add(KineRow.Read(reader).ToStoredObject());
            }
        }

        long remaining = 0;
        if (request.Limit > 0 && items.Count == request.Limit)
        {
            using var count = Command(transaction, KineSql.CountAfter, range, revision);
            count.Parameters.AddWithValue("$after", items[^1].Key);
            remaining = (long)count.ExecuteScalar()!;
        }

        return new ListResult(items, revision, remaining);
    }

    /// <summary>
    /// Reads up to <paramref name="limit"/> changes in <c>(after, upto]</c> to keys in
    /// <paramref name="range"/>, in revision order.
    /// </summary>
    /// <exception cref="StoreRevisionCompactedException">Compaction removed changes after <paramref name="after"/>.</exception>
    public List<KineRow> ReadHistory(KeyRange range, long after, long upto, int limit)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction(deferred: true);
        ThrowIfCompacted(transaction, range.Prefix, after);

        using var command = Command(transaction, KineSql.SelectHistory, range, revision: null);
        command.Parameters.AddWithValue("$start", range.Prefix);
        command.Parameters.AddWithValue("$after", after);
        command.Parameters.AddWithValue("$upto", upto);
        command.Parameters.AddWithValue("$limit", limit);
        var rows = new List<KineRow>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add(KineRow.Read(reader));
        }

        return rows;
    }

    /// <summary>Refuses further reads and closes the idle pooled connections.</summary>
    public void Close()
    {
        _closed = true;
        using var connection = new SqliteConnection(connectionString);

        // Connections still reading are not returned to the pool once it is cleared; they close on dispose.
        SqliteConnection.ClearPool(connection);
    }

    private SqliteConnection Open()
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }

    private static SqliteCommand Command(SqliteTransaction transaction, string sql, KeyRange range, long? revision)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$end", range.EndParameter);
        if (revision is { } rev)
        {
            command.Parameters.AddWithValue("$rev", rev);
        }

        return command;
    }

    // Read inside the caller's transaction: the watermark and the rows then come from one snapshot, so
    // a compaction committing between the check and the query cannot remove rows the query relies on.
    private static void ThrowIfCompacted(SqliteTransaction transaction, string key, long revision)
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = KineSql.SelectCompactRevision;
        var compacted = (long)command.ExecuteScalar()!;
        if (revision < compacted)
        {
            throw new StoreRevisionCompactedException(key, revision, compacted);
        }
    }
}
