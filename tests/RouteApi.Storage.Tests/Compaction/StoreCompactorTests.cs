using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RouteApi.Storage.Sqlite;

namespace RouteApi.Storage.Compaction.Tests;

public sealed class StoreCompactorTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "routeapi-compactor-tests", Guid.NewGuid().ToString("N"));
    private IStore _store = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _store = await SqliteStore.OpenAsync(_directory, null, Token);

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task CompactOnce_FirstRound_OnlyRecordsTheRevision()
    {
        await WriteAsync(5);
        var compactor = Compactor(minRetain: 0);

        var compacted = await compactor.CompactOnceAsync(Token);

        Assert.Null(compacted);
        Assert.Equal(0, _store.CompactedRevision);
    }

    [Fact]
    public async Task CompactOnce_SecondRound_CompactsToTheRevisionThePreviousRoundSaw()
    {
        var compactor = Compactor(minRetain: 0);
        await WriteAsync(5);
        var seen = _store.CurrentRevision;
        await compactor.CompactOnceAsync(Token);
        await WriteAsync(5);

        var compacted = await compactor.CompactOnceAsync(Token);

        Assert.Equal(seen, compacted);
        Assert.Equal(seen, _store.CompactedRevision);
    }

    [Fact]
    public async Task CompactOnce_WithinMinRetain_KeepsTheNewestRevisions()
    {
        var compactor = Compactor(minRetain: 8);
        await WriteAsync(5);
        await compactor.CompactOnceAsync(Token);
        await WriteAsync(5);

        var compacted = await compactor.CompactOnceAsync(Token);

        Assert.Equal(_store.CurrentRevision - 1 - 8, compacted);
    }

    [Fact]
    public async Task CompactOnce_WithoutNewHistoryToDrop_DoesNothing()
    {
        var compactor = Compactor(minRetain: 100);
        await WriteAsync(5);
        await compactor.CompactOnceAsync(Token);
        await WriteAsync(5);

        var compacted = await compactor.CompactOnceAsync(Token);

        Assert.Null(compacted);
    }

    [Fact]
    public async Task CompactOnce_TwoServersOnOneStore_OnlyOneCompactsPerInterval()
    {
        var first = Compactor(minRetain: 0);
        var second = Compactor(minRetain: 0);
        await WriteAsync(3);
        await first.CompactOnceAsync(Token);
        await second.CompactOnceAsync(Token);
        await WriteAsync(3);

        var results = new[] { await first.CompactOnceAsync(Token), await second.CompactOnceAsync(Token) };

        Assert.Single(results, r => r is not null);
    }

    [Fact]
    public async Task CompactOnce_WhenTheClaimingServerStops_AnotherTakesOver()
    {
        var first = Compactor(minRetain: 0);
        var second = Compactor(minRetain: 0);
        await first.CompactOnceAsync(Token);
        await second.CompactOnceAsync(Token);
        await WriteAsync(3);
        await first.CompactOnceAsync(Token);
        await second.CompactOnceAsync(Token);
        await WriteAsync(3);

        var compacted = await second.CompactOnceAsync(Token);

        Assert.NotNull(compacted);
    }

    private StoreCompactor Compactor(long minRetain) =>
        new(_store, Options.Create(new CompactionOptions { MinRetain = minRetain }), TimeProvider.System, NullLogger<StoreCompactor>.Instance);

    private async Task WriteAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await _store.CreateAsync($"/registry/things/{Guid.NewGuid():N}", Encoding.UTF8.GetBytes("v"), Token);
        }
    }
}
