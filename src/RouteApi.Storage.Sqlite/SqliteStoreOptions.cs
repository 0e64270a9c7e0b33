using System.ComponentModel.DataAnnotations;

namespace RouteApi.Storage.Sqlite;

/// <summary>Settings of the embedded SQLite store, bound from the <c>Sqlite</c> configuration section.</summary>
public sealed class SqliteStoreOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Sqlite";

    /// <summary>The directory holding the database file; created when missing. Defaults to <c>data</c>.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>
    /// The most writes committed in one transaction (group commit): one fsync acknowledges the whole
    /// batch. Defaults to 256.
    /// </summary>
    [Range(1, 10_000)]
    public int MaxBatchSize { get; set; } = 256;

    /// <summary>
    /// How many events one watch may have waiting before its stream is closed with
    /// <see cref="StoreWatchOverflowException"/>. Defaults to 1,024.
    /// </summary>
    [Range(1, 1_000_000)]
    public int WatchBufferSize { get; set; } = 1024;
}
