namespace RouteApi.Storage.Sqlite;

/// <summary>
/// The SQL of the kine-style schema: one append-only table whose AUTOINCREMENT id is the revision,
/// plus a small metadata table for the compaction watermark.
/// </summary>
internal static class KineSql
{
    /// <summary>The name of the compaction watermark row in <c>kine_meta</c>.</summary>
    public const string CompactRevisionKey = "compact_rev";

    /// <summary>
    /// Creates the schema. <c>(name, id, deleted)</c> serves point reads, lists and the per-key
    /// history (with <c>deleted</c> in it, counting the rest of a list reads no table rows);
    /// the unique <c>(name, prev_revision)</c> index makes two writes from the same previous revision
    /// collide, as kine's compare-and-swap guard (the writer also checks before inserting).
    /// One transaction: one fsync instead of one per statement.
    /// </summary>
    public const string Schema = """
        BEGIN IMMEDIATE;
        CREATE TABLE IF NOT EXISTS kine (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL,
            created INTEGER NOT NULL,
            deleted INTEGER NOT NULL,
            create_revision INTEGER NOT NULL,
            prev_revision INTEGER NOT NULL,
            value BLOB,
            old_value BLOB);
        CREATE INDEX IF NOT EXISTS kine_name_id ON kine (name, id, deleted);
        CREATE UNIQUE INDEX IF NOT EXISTS kine_name_prev_revision ON kine (name, prev_revision);
        CREATE TABLE IF NOT EXISTS kine_meta (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
        COMMIT;
        """;

    /// <summary>WAL: readers see committed snapshots and never block the writer (answers <c>wal</c>).</summary>
    public const string JournalMode = "PRAGMA journal_mode = WAL";

    /// <summary>A commit returns only after fsync, so an acknowledged write survives a crash or power loss.</summary>
    public const string Synchronous = "PRAGMA synchronous = FULL";

    /// <summary>
    /// The last revision ever assigned. sqlite_sequence keeps it even when compaction removed the
    /// newest rows (a trailing tombstone), where <c>MAX(id)</c> would go back.
    /// </summary>
    public const string SelectLastRevision = """
        SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'kine'), 0),
                   COALESCE((SELECT MAX(id) FROM kine), 0))
        """;

    /// <summary>The compaction watermark (0 when never compacted).</summary>
    public const string SelectCompactRevision =
        $"SELECT COALESCE((SELECT value FROM kine_meta WHERE name = '{CompactRevisionKey}'), 0)";

    /// <summary>Records the compaction watermark.</summary>
    public const string UpsertCompactRevision = $"""
        INSERT INTO kine_meta (name, value) VALUES ('{CompactRevisionKey}', $revision)
        ON CONFLICT (name) DO UPDATE SET value = excluded.value
        """;

    /// <summary>The newest row of one key: a reverse seek on <c>(name, id)</c>.</summary>
    public const string SelectLatest = $"SELECT {KineRow.Columns} FROM kine WHERE name = $name ORDER BY id DESC LIMIT 1";

    /// <summary>The newest row of one key at or below <c>$rev</c>.</summary>
    public const string SelectLatestAt =
        $"SELECT {KineRow.Columns} FROM kine WHERE name = $name AND id <= $rev ORDER BY id DESC LIMIT 1";

    /// <summary>Appends one change with the revision the writer assigned.</summary>
    public const string Insert = """
        INSERT INTO kine (id, name, created, deleted, create_revision, prev_revision, value, old_value)
        VALUES ($id, $name, $created, $deleted, $create_revision, $prev_revision, $value, $old_value)
        """;

    /// <summary>
    /// The live keys at <c>$rev</c> in <c>[$start, $end)</c>: the rows whose key has no newer row at or
    /// below <c>$rev</c> and that are not tombstones. It walks the <c>(name, id)</c> index in key order
    /// (so LIMIT stops early) and answers each "is there a newer row" with one index seek, instead of
    /// kine's <c>MAX(id) ... GROUP BY name</c> over the whole range.
    /// </summary>
    public const string ListPage = $"""
        SELECT {KineRow.Columns} FROM kine AS k
        WHERE k.name >= $start AND {LiveAtRevision}
        ORDER BY k.name
        LIMIT $limit
        """;

    /// <summary>How many live keys at <c>$rev</c> follow <c>$after</c> in the range (no values are read).</summary>
    public const string CountAfter = $"SELECT COUNT(*) FROM kine AS k WHERE k.name > $after AND {LiveAtRevision}";

    /// <summary>
    /// The changes in <c>($after, $upto]</c> to keys in the range, in revision order. The unary
    /// <c>+</c> keeps SQLite on the primary-key range: a watch replays recent history, which is small,
    /// whereas the name range can hold every key.
    /// </summary>
    public const string SelectHistory = $"""
        SELECT {KineRow.Columns} FROM kine
        WHERE id > $after AND id <= $upto AND +name >= $start AND +name < $end
        ORDER BY id
        LIMIT $limit
        """;

    /// <summary>
    /// Compaction, step one: removes the rows superseded by a change in <c>($lo, $hi]</c>. It must run
    /// before step two, which removes tombstones whose <c>prev_revision</c> this step still needs.
    /// </summary>
    public const string DeleteSuperseded = """
        DELETE FROM kine WHERE id IN (
            SELECT prev_revision FROM kine WHERE id > $lo AND id <= $hi AND prev_revision > 0)
        """;

    /// <summary>Compaction, step two: removes the delete tombstones in <c>($lo, $hi]</c>.</summary>
    public const string DeleteTombstones = "DELETE FROM kine WHERE id > $lo AND id <= $hi AND deleted = 1";

    /// <summary>Moves the WAL content into the database file and truncates the WAL.</summary>
    public const string Checkpoint = "PRAGMA wal_checkpoint(TRUNCATE)";

    private const string LiveAtRevision = """
        k.name < $end AND k.id <= $rev AND k.deleted = 0
        AND NOT EXISTS (SELECT 1 FROM kine AS n WHERE n.name = k.name AND n.id > k.id AND n.id <= $rev)
        """;
}
