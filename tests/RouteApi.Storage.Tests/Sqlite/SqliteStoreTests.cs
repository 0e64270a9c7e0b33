namespace RouteApi.Storage.Sqlite.Tests;

/// <summary>The contract suite on the SQLite store in a temporary directory, plus SQLite-specific behaviour.</summary>
public sealed partial class SqliteStoreTests : RouteApi.Storage.Tests.StoreContractTests
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "routeapi-storage-tests", Guid.NewGuid().ToString("N"));

    protected override bool SupportsReopen => true;

    protected override async Task<IStore> CreateStoreAsync() => await SqliteStore.OpenAsync(_directory, null, Token);

    protected override async Task<IStore> ReopenStoreAsync(IStore store)
    {
        await store.DisposeAsync();
        return await SqliteStore.OpenAsync(_directory, null, Token);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    /// <summary>Opens a second store with its own options in a subdirectory (deleted with the test's).</summary>
    private SqliteStore OpenWith(Action<SqliteStoreOptions> configure)
    {
        var options = new SqliteStoreOptions { DataDirectory = Path.Combine(_directory, "custom") };
        configure(options);
        return SqliteStore.Open(options, null);
    }
}
