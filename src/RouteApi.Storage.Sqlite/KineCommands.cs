using Microsoft.Data.Sqlite;

namespace RouteApi.Storage.Sqlite;

/// <summary>
/// The writer's statements, prepared once on its connection and reused by every batch, so the hot
/// path binds parameters instead of parsing SQL.
/// </summary>
internal sealed class KineCommands : IDisposable
{
    private readonly SqliteCommand _selectLatest;
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _deleteSuperseded;
    private readonly SqliteCommand _deleteTombstones;
    private readonly SqliteCommand _upsertCompactRevision;

    /// <summary>Creates the statements on <paramref name="connection"/>.</summary>
    public KineCommands(SqliteConnection connection)
    {
        _selectLatest = Create(connection, KineSql.SelectLatest, "$name");
        _insert = Create(
            connection,
            KineSql.Insert,
            "$id",
            "$name",
            "$created",
            "$deleted",
            "$create_revision",
            "$prev_revision",
            "$value",
            "$old_value");
        _deleteSuperseded = Create(connection, KineSql.DeleteSuperseded, "$lo", "$hi");
        _deleteTombstones = Create(connection, KineSql.DeleteTombstones, "$lo", "$hi");
        _upsertCompactRevision = Create(connection, KineSql.UpsertCompactRevision, "$revision");
    }

    /// <summary>Makes every statement run in <paramref name="transaction"/>.</summary>
    public void Enlist(SqliteTransaction transaction)
    {
        foreach (var command in All())
        {
            command.Transaction = transaction;
        }
    }

    /// <summary>The newest row of <paramref name="key"/> as the current transaction sees it, or null.</summary>
    public KineRow? ReadLatest(string key)
    {
        _selectLatest.Parameters[0].Value = key;
        using var reader = _selectLatest.ExecuteReader();
        return reader.Read() ? KineRow.Read(reader) : null;
    }

    /// <summary>Appends <paramref name="row"/>.</summary>
    public void Insert(KineRow row)
    {
        var parameters = _insert.Parameters;
        parameters[0].Value = row.Id;
        parameters[1].Value = row.Name;
        parameters[2].Value = row.Created ? 1 : 0;
        parameters[3].Value = row.Deleted ? 1 : 0;
        parameters[4].Value = row.CreateRevision;
        parameters[5].Value = row.PrevRevision;
        parameters[6].Value = row.Value;
        parameters[7].Value = (object?)row.OldValue ?? DBNull.Value;
        _insert.ExecuteNonQuery();
    }

    /// <summary>Removes the history that the changes in <c>(lo, hi]</c> made obsolete and records <paramref name="hi"/> as compacted.</summary>
    /// <returns>The number of rows removed.</returns>
    public long Compact(long lo, long hi)
    {
        _deleteSuperseded.Parameters[0].Value = lo;
        _deleteSuperseded.Parameters[1].Value = hi;
        _deleteTombstones.Parameters[0].Value = lo;
        _deleteTombstones.Parameters[1].Value = hi;
        _upsertCompactRevision.Parameters[0].Value = hi;
        long removed = _deleteSuperseded.ExecuteNonQuery();
        removed += _deleteTombstones.ExecuteNonQuery();
        _upsertCompactRevision.ExecuteNonQuery();
        return removed;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var command in All())
        {
            command.Dispose();
        }
    }

    private SqliteCommand[] All() =>
        [_selectLatest, _insert, _deleteSuperseded, _deleteTombstones, _upsertCompactRevision];

    private static SqliteCommand Create(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }
}
