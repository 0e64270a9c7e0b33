using System.Diagnostics;
using System.Text;
using System.Threading.Channels;
using RouteApi.Testing.Etcd;

namespace RouteApi.Storage.Etcd.Tests;

/// <summary>
/// The store on a 3-member etcd cluster of real processes while members die: with one member down
/// every write still succeeds (retrying on <see cref="StoreUnavailableException"/>); with two down
/// requests fail fast and health is false; once they are back, writes succeed again and a watch
/// that stayed open all along has delivered every acknowledged write exactly once, in order.
/// </summary>
public sealed class EtcdClusterTests : IAsyncLifetime
{
    private const string Prefix = "/registry/routes/";
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(1.5);
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(1);

    // Touched by one writer at a time: the test awaits each writer before it reads these or starts another.
    private readonly Dictionary<string, long> _acknowledged = [];
    private readonly HashSet<string> _attempted = [];
    private EtcdCluster? _cluster;
    private IStore? _store;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private EtcdCluster Cluster => _cluster!;

    private IStore Store => _store!;

    public async ValueTask InitializeAsync()
    {
        _cluster = await EtcdCluster.StartAsync(3, Token);
        _store = await EtcdStoreFactory.ConnectAsync(Cluster.StoreOptions(RequestTimeout), null, Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }

    [Fact]
    public async Task Store_MembersStoppedAndRestarted_WatchDeliversEveryAcknowledgedWriteOnceInOrder()
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(Token);
        budget.CancelAfter(TimeSpan.FromSeconds(45));
        var events = Channel.CreateUnbounded<StoreEvent>();
        var watching = CollectAsync(Store.WatchAsync(Prefix, Store.CurrentRevision, budget.Token), events.Writer);

        var tenWritten = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var writing = WriteAsync(0, 40, tenWritten, budget.Token);
        await tenWritten.Task;
        var leader = await Cluster.LeaderIndexAsync(budget.Token);
        await Cluster.Members[leader].KillAsync();
        await writing;
        var second = (leader + 1) % 3;
        await Cluster.Members[second].KillAsync();
        var failures = await Task.WhenAll(
            TimeUnavailableAsync(() => Store.CreateAsync(Attempt(Prefix + "no-quorum"), Bytes("x"), budget.Token).AsTask()),
            TimeUnavailableAsync(() => Store.GetAsync(Prefix + "w000", budget.Token).AsTask()),
            TimeUnavailableAsync(() => Store.ListAsync(new ListRequest(Prefix), budget.Token).AsTask()));
        var healthy = await Store.IsHealthyAsync(budget.Token);
        await Cluster.RestartAsync([leader, second], budget.Token);
        await WriteAsync(40, 10, null, budget.Token);
        var delivered = await ReceiveAcknowledgedAsync(events.Reader, budget.Token);

        Assert.All(failures, elapsed => Assert.InRange(elapsed, TimeSpan.Zero, RequestTimeout + Slack));
        Assert.False(healthy);
        Assert.Equal(50, _acknowledged.Count);
        Assert.True(delivered.Zip(delivered.Skip(1)).All(p => p.First.Revision < p.Second.Revision), "The watch reordered events.");
        Assert.Equal(delivered.Count, delivered.Select(e => e.Current.Key).Distinct().Count());
        Assert.All(delivered, e => Assert.Contains(e.Current.Key, _attempted));
        Assert.All(_acknowledged, w => Assert.Equal(w.Value, Assert.Single(delivered, e => e.Current.Key == w.Key).Revision));
        Assert.False(watching.IsFaulted, watching.Exception?.ToString());
    }

    /// <summary>
    /// Creates keys <c>w{first}</c>… one after another, retrying each until it is acknowledged. A
    /// retry that finds the key already there with this value counts: the failed attempt committed.
    /// </summary>
    private async Task WriteAsync(int first, int count, TaskCompletionSource? tenWritten, CancellationToken cancellationToken)
    {
        for (var i = first; i < first + count; i++)
        {
            var key = Attempt($"{Prefix}w{i:D3}");
            _acknowledged[key] = await CreateWithRetriesAsync(key, cancellationToken);
            if (i - first == 9)
            {
                tenWritten?.TrySetResult();
            }
        }
    }

    private async Task<long> CreateWithRetriesAsync(string key, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return (await Store.CreateAsync(key, Bytes(key), cancellationToken)).ModRevision;
            }
            catch (StoreUnavailableException)
            {
                // The outcome is unknown: try again.
            }
            catch (StoreKeyExistsException) when (attempt > 1)
            {
                try
                {
                    var stored = await Store.GetAsync(key, cancellationToken);
                    Assert.Equal(key, Encoding.UTF8.GetString(stored!.Value.Span));
                    return stored.ModRevision;
                }
                catch (StoreUnavailableException)
                {
                    // The member answering moved away between the create and the read: the next
                    // attempt finds the key again and reads it from whoever answers then.
                }
            }
        }
    }

    /// <summary>Reads the watch until every acknowledged key arrived; the budget bounds the wait.</summary>
    private async Task<List<StoreEvent>> ReceiveAcknowledgedAsync(ChannelReader<StoreEvent> events, CancellationToken cancellationToken)
    {
        var delivered = new List<StoreEvent>();
        var missing = new HashSet<string>(_acknowledged.Keys);
        try
        {
            while (missing.Count > 0)
            {
                var next = await events.ReadAsync(cancellationToken);
                delivered.Add(next);
                missing.Remove(next.Current.Key);
            }
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"The watch delivered {delivered.Count} events but never these acknowledged writes: {string.Join(", ", missing.Order())}");
        }

        return delivered;
    }

    private static async Task CollectAsync(IAsyncEnumerable<StoreEvent> watch, ChannelWriter<StoreEvent> events)
    {
        try
        {
            await foreach (var storeEvent in watch)
            {
                events.TryWrite(storeEvent);
            }

            events.TryComplete();
        }
        catch (Exception e)
        {
            events.TryComplete(e);
            throw;
        }
    }

    private static async Task<TimeSpan> TimeUnavailableAsync(Func<Task> operation)
    {
        var clock = Stopwatch.StartNew();
        await Assert.ThrowsAsync<StoreUnavailableException>(operation);
        return clock.Elapsed;
    }

    private string Attempt(string key)
    {
        _attempted.Add(key);
        return key;
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
