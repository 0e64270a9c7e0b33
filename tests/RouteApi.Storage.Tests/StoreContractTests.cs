using System.Text;

namespace RouteApi.Storage.Tests;

/// <summary>
/// The behaviour every <see cref="IStore"/> backend must show (architecture §3). A backend test class
/// inherits it and supplies the store; each test gets a fresh store and its own key prefix. Tests do
/// revision arithmetic, so no other writer may use the store while a test runs.
/// </summary>
public abstract partial class StoreContractTests : IAsyncLifetime
{
    private IStore? _store;

    /// <summary>The store under test.</summary>
    protected IStore Store => _store ?? throw new InvalidOperationException("The store is not open.");

    /// <summary>A prefix no other test uses.</summary>
    protected string Prefix { get; } = $"/contract/{Guid.NewGuid():N}/";

    /// <summary>True when the backend keeps its data across <see cref="ReopenStoreAsync"/>.</summary>
    protected virtual bool SupportsReopen => false;

    /// <summary>The test's cancellation token.</summary>
    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>Opens a fresh, empty store.</summary>
    protected abstract Task<IStore> CreateStoreAsync();

    /// <summary>Closes <paramref name="store"/> and opens it again over the same data.</summary>
    protected virtual Task<IStore> ReopenStoreAsync(IStore store) =>
        throw new NotSupportedException("This backend cannot be reopened.");

    /// <summary>Replaces <see cref="Store"/> by a reopened one.</summary>
    protected async Task ReopenAsync() => _store = await ReopenStoreAsync(Store);

    public async ValueTask InitializeAsync() => _store = await CreateStoreAsync();

    public virtual async ValueTask DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    protected string Key(string name) => Prefix + name;

    protected static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    protected static string Text(StoredObject stored) => Encoding.UTF8.GetString(stored.Value.Span);

    /// <summary>A token that gives up after 5 seconds: what a test may wait for an event.</summary>
    protected static CancellationTokenSource FiveSeconds()
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(Token);
        source.CancelAfter(TimeSpan.FromSeconds(5));
        return source;
    }

    [Fact]
    public async Task IsHealthy_OpenStore_ReturnsTrue()
    {
        var healthy = await Store.IsHealthyAsync(Token);

        Assert.True(healthy);
    }

    [Fact]
    public async Task Create_NewKey_ReturnsValueWithCreateAndModRevision()
    {
        var created = await Store.CreateAsync(Key("a"), Bytes("v1"), Token);

        Assert.Equal(Key("a"), created.Key);
        Assert.Equal("v1", Text(created));
        Assert.Equal(created.ModRevision, created.CreateRevision);
        Assert.Equal(Store.CurrentRevision, created.ModRevision);
    }

    [Fact]
    public async Task Create_ExistingKey_ThrowsKeyExists()
    {
        await Store.CreateAsync(Key("a"), Bytes("v1"), Token);

        var error = await Assert.ThrowsAsync<StoreKeyExistsException>(async () => await Store.CreateAsync(Key("a"), Bytes("v2"), Token));

        Assert.Equal(Key("a"), error.Key);
        Assert.Equal("v1", Text((await Store.GetAsync(Key("a"), Token))!));
    }

    [Fact]
    public async Task Create_AfterDelete_StartsNewCreateRevision()
    {
        var first = await Store.CreateAsync(Key("a"), Bytes("v1"), Token);
        await Store.DeleteAsync(Key("a"), first.ModRevision, Token);

        var second = await Store.CreateAsync(Key("a"), Bytes("v2"), Token);

        Assert.Equal(second.ModRevision, second.CreateRevision);
        Assert.True(second.CreateRevision > first.CreateRevision);
    }

    [Fact]
    public async Task Create_EmptyValue_RoundTrips()
    {
        await Store.CreateAsync(Key("a"), ReadOnlyMemory<byte>.Empty, Token);

        var read = await Store.GetAsync(Key("a"), Token);

        Assert.NotNull(read);
        Assert.Equal(0, read.Value.Length);
    }

    [Fact]
    public async Task Get_MissingKey_ReturnsNull()
    {
        var read = await Store.GetAsync(Key("missing"), Token);

        Assert.Null(read);
    }

    [Fact]
    public async Task Get_DeletedKey_ReturnsNull()
    {
        var created = await Store.CreateAsync(Key("a"), Bytes("v1"), Token);
        await Store.DeleteAsync(Key("a"), created.ModRevision, Token);

        var read = await Store.GetAsync(Key("a"), Token);

        Assert.Null(read);
    }

    [Fact]
    public async Task Update_WithCurrentRevision_ReturnsNewModRevision()
    {
        var created = await Store.CreateAsync(Key("a"), Bytes("v1"), Token);

        var updated = await Store.UpdateAsync(Key("a"), Bytes("v2"), created.ModRevision, Token);

        Assert.Equal(created.ModRevision + 1, updated.ModRevision);
        Assert.Equal(created.CreateRevision, updated.CreateRevision);
        Assert.Equal("v2", Text(updated));
        Assert.Equal(updated, await Store.GetAsync(Key("a"), Token), StoredObjectComparer.Instance);
    }

    [Fact]
    public async Task Update_WithStaleRevision_ThrowsConflictCarryingCurrent()
    {
        var created = await Store.CreateAsync(Key("a"), Bytes("v1"), Token);
        var updated = await Store.UpdateAsync(Key("a"), Bytes("v2"), created.ModRevision, Token);

        var error = await Assert.ThrowsAsync<StoreConflictException>(async () => await Store.UpdateAsync(Key("a"), Bytes("v3"), created.ModRevision, Token));

        Assert.Equal(updated, error.Current, StoredObjectComparer.Instance);
    }

    [Fact]
    public async Task Update_MissingKey_ThrowsConflictWithNullCurrent()
    {
        var error = await Assert.ThrowsAsync<StoreConflictException>(async () => await Store.UpdateAsync(Key("missing"), Bytes("v1"), 1, Token));

        Assert.Null(error.Current);
    }

    [Fact]
    public async Task Delete_WithCurrentRevision_ReturnsDeletedValueAtDeleteRevision()
    {
        var created = await Store.CreateAsync(Key("a"), Bytes("v1"), Token);

        var deleted = await Store.DeleteAsync(Key("a"), created.ModRevision, Token);

        Assert.Equal("v1", Text(deleted));
        Assert.Equal(created.CreateRevision, deleted.CreateRevision);
        Assert.Equal(created.ModRevision + 1, deleted.ModRevision);
        Assert.Equal(deleted.ModRevision, Store.CurrentRevision);
    }

    [Fact]
    public async Task Delete_WithStaleRevision_ThrowsConflictCarryingCurrent()
    {
        var created = await Store.CreateAsync(Key("a"), Bytes("v1"), Token);
        var updated = await Store.UpdateAsync(Key("a"), Bytes("v2"), created.ModRevision, Token);

        var error = await Assert.ThrowsAsync<StoreConflictException>(async () => await Store.DeleteAsync(Key("a"), created.ModRevision, Token));

        Assert.Equal(updated, error.Current, StoredObjectComparer.Instance);
        Assert.NotNull(await Store.GetAsync(Key("a"), Token));
    }

    [Fact]
    public async Task Delete_MissingKey_ThrowsConflictWithNullCurrent()
    {
        var error = await Assert.ThrowsAsync<StoreConflictException>(async () => await Store.DeleteAsync(Key("missing"), 1, Token));

        Assert.Null(error.Current);
    }

    [Fact]
    public async Task Revision_EachSuccessfulWrite_IncreasesByOne()
    {
        var start = Store.CurrentRevision;

        var created = await Store.CreateAsync(Key("a"), Bytes("v1"), Token);
        var updated = await Store.UpdateAsync(Key("a"), Bytes("v2"), created.ModRevision, Token);
        var deleted = await Store.DeleteAsync(Key("a"), updated.ModRevision, Token);

        Assert.Equal([start + 1, start + 2, start + 3], [created.ModRevision, updated.ModRevision, deleted.ModRevision]);
        Assert.Equal(start + 3, Store.CurrentRevision);
    }

    [Fact]
    public async Task Revision_FailedCompares_DoNotBump()
    {
        var created = await Store.CreateAsync(Key("a"), Bytes("v1"), Token);

        await Assert.ThrowsAsync<StoreKeyExistsException>(async () => await Store.CreateAsync(Key("a"), Bytes("v1"), Token));
        await Assert.ThrowsAsync<StoreConflictException>(async () => await Store.UpdateAsync(Key("a"), Bytes("v2"), created.ModRevision + 7, Token));
        await Assert.ThrowsAsync<StoreConflictException>(async () => await Store.DeleteAsync(Key("missing"), 1, Token));
        var next = await Store.CreateAsync(Key("b"), Bytes("v1"), Token);

        Assert.Equal(created.ModRevision + 1, next.ModRevision);
    }

    [Fact]
    public async Task Create_ConcurrentOnDistinctKeys_AllSucceedWithDistinctRevisions()
    {
        var start = Store.CurrentRevision;

        var created = await Task.WhenAll(Enumerable.Range(0, 64)
            .Select(i => Store.CreateAsync(Key($"k{i:D2}"), Bytes($"v{i}"), Token).AsTask()));

        var revisions = created.Select(c => c.ModRevision).Order().ToArray();
        Assert.Equal(Enumerable.Range(1, 64).Select(i => start + i), revisions);
        Assert.Equal(start + 64, Store.CurrentRevision);
    }

    [Fact]
    public async Task Update_ConcurrentOnOneKey_ExactlyOneWins()
    {
        var created = await Store.CreateAsync(Key("a"), Bytes("v0"), Token);

        var attempts = Enumerable.Range(1, 16)
            .Select(i => Store.UpdateAsync(Key("a"), Bytes($"v{i}"), created.ModRevision, Token).AsTask())
            .ToArray();
        var outcomes = await Task.WhenAll(attempts.Select(async t =>
        {
            try
            {
                return (Winner: await t, Error: (StoreConflictException?)null);
            }
            catch (StoreConflictException error)
            {
                return (Winner: (StoredObject?)null, Error: error);
            }
        }));

        var winner = Assert.Single(outcomes, o => o.Winner is not null).Winner!;
        Assert.All(outcomes.Where(o => o.Error is not null), o => Assert.Equal(winner, o.Error!.Current, StoredObjectComparer.Instance));
        Assert.Equal(created.ModRevision + 1, Store.CurrentRevision);
        Assert.Equal(winner, await Store.GetAsync(Key("a"), Token), StoredObjectComparer.Instance);
    }
}
