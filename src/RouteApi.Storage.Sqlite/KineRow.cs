using Microsoft.Data.Sqlite;

namespace RouteApi.Storage.Sqlite;

/// <summary>
/// One row of the append-only <c>kine</c> table: one change of one key. The row id is the revision.
/// </summary>
/// <param name="Id">The revision of the change.</param>
/// <param name="Name">The key.</param>
/// <param name="Created">True when this change created the key.</param>
/// <param name="Deleted">True for a delete tombstone; <paramref name="Value"/> then holds the last value.</param>
/// <param name="CreateRevision">The revision that created the key.</param>
/// <param name="PrevRevision">The revision of the key's previous row (0 when none).</param>
/// <param name="Value">The value after the change (for a tombstone: the deleted value).</param>
/// <param name="OldValue">The value before the change (etcd's prev_kv); null for a create.</param>
internal sealed record KineRow(
    long Id,
    string Name,
    bool Created,
    bool Deleted,
    long CreateRevision,
    long PrevRevision,
    byte[] Value,
    byte[]? OldValue)
{
    /// <summary>The columns <see cref="Read"/> expects, in order.</summary>
    public const string Columns = "id, name, created, deleted, create_revision, prev_revision, value, old_value";

    /// <summary>The key as this row leaves it (for a tombstone: the deleted value at the delete revision).</summary>
    public StoredObject ToStoredObject() => new(Name, Value, CreateRevision, Id);

    /// <summary>The change as a watch reports it, with the previous value for updates and deletes.</summary>
    public StoreEvent ToEvent()
    {
        if (Created)
        {
            return new StoreEvent(StoreEventType.Created, ToStoredObject(), null);
        }

        var previous = new StoredObject(Name, OldValue ?? [], CreateRevision, PrevRevision);
        var type = Deleted ? StoreEventType.Deleted : StoreEventType.Updated;
        return new StoreEvent(type, ToStoredObject(), previous);
    }

    /// <summary>Reads the row at the reader's position; the query selects <see cref="Columns"/>.</summary>
    public static KineRow Read(SqliteDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        reader.GetInt64(2) != 0,
        reader.GetInt64(3) != 0,
        reader.GetInt64(4),
        reader.GetInt64(5),
        ReadBlob(reader, 6) ?? [],
        ReadBlob(reader, 7));

    // Microsoft.Data.Sqlite may bind an empty array as NULL, so NULL reads back as "no bytes".
    private static byte[]? ReadBlob(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<byte[]>(ordinal);
}
