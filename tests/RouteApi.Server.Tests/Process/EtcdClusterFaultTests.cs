using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using RouteApi.Server.Tests.Endpoints;
using RouteApi.Testing.Etcd;

namespace RouteApi.Server.Tests.Process;

/// <summary>
/// One server process on a 3-member etcd cluster of real processes while members die: with one
/// member down every write still succeeds (retrying 503/504); with two down requests answer a 503 or
/// 504 Status within the request timeout and /readyz answers 500 (kube's failed check); once they are back, writes succeed,
/// /readyz answers 200, and a watch opened before the faults has delivered every acknowledged write
/// exactly once, in order (re-watching from its last revision if the stream ended).
/// </summary>
public sealed class EtcdClusterFaultTests : IAsyncLifetime
{
    private const string Namespace = "faults";
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(2);

    // Scheduling on a loaded 2-core machine, on top of the request timeout.
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(3);

    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "routeapi-faults-" + Guid.NewGuid().ToString("N"));

    // Touched by one writer at a time (the test awaits each writer before it reads these or starts
    // another); the writer appends in the order the server acknowledged the writes.
    private readonly List<(string Name, long Revision)> _acknowledged = [];
    private readonly HashSet<string> _attempted = [];
    private EtcdCluster? _cluster;
    private ServerProcess? _server;
    private HttpClient? _http;

    private EtcdCluster Cluster => _cluster!;

    private HttpClient Http => _http!;

    private RetryingClient Client => new(Http, Namespace);

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        _cluster = await EtcdCluster.StartAsync(3, ct);
        _server = await ServerProcess.StartAsync(_dataDir, ct,
            "--storage-backend", "etcd", "--etcd-servers", _cluster.ClientUrls, "--etcd-request-timeout", "2s");
        _http = _server.CreateClient();
        _http.Timeout = Timeout.InfiniteTimeSpan;
    }

    public async ValueTask DisposeAsync()
    {
        _http?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }

        if (Directory.Exists(_dataDir))
        {
            Directory.Delete(_dataDir, recursive: true);
        }
    }

    [Fact]
    public async Task Server_MembersStoppedAndRestarted_AnswersUnavailableThenRecoversWithEveryWriteWatchedOnce()
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        budget.CancelAfter(TimeSpan.FromSeconds(90));
        var ct = budget.Token;
        var startRevision = await ListRevisionAsync(ct);
        await using var watch = await OpenWatchAsync(startRevision, ct);

        var tenWritten = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var writing = WriteAsync(0, 40, tenWritten, ct);
        await tenWritten.Task.WaitAsync(ct);
        var leader = await Cluster.LeaderIndexAsync(ct);
        await Cluster.Members[leader].KillAsync();
        await writing;
        var second = (leader + 1) % 3;
        await Cluster.Members[second].KillAsync();
        var refused = await Task.WhenAll(
            TimeAsync(() => Http.PostAsync(Client.Collection, Json(Attempt("no-quorum")), ct)),
            TimeAsync(() => Http.GetAsync(Client.Collection + "/w000", ct)),
            TimeAsync(() => Http.GetAsync(Client.Collection, ct)));
        var (readyzDown, _) = await TimeAsync(() => Http.GetAsync("/readyz", ct));
        await Cluster.RestartAsync([leader, second], ct);
        await WriteAsync(40, 10, null, ct);
        await Client.WaitUntilReadyAsync(ct);
        var watched = await CollectAsync(watch, startRevision, ct);

        Assert.All(refused, r => AssertUnavailableStatus(r.Response, r.Elapsed));
        Assert.Equal(HttpStatusCode.InternalServerError, readyzDown.Code);
        Assert.Contains("[-]storage failed: reason withheld\n", readyzDown.Body, StringComparison.Ordinal);
        Assert.Equal(50, _acknowledged.Count);
        Assert.All(watched, e => Assert.Equal("ADDED", e.Type));
        Assert.All(watched, e => Assert.Contains(e.Name!, _attempted));
        Assert.Equal(watched.Count, watched.Select(e => e.Name).Distinct().Count());
        Assert.True(watched.Zip(watched.Skip(1)).All(p => p.First.Revision < p.Second.Revision), "The watch reordered events.");
        Assert.Equal(_acknowledged, watched.Where(e => e.Name != "no-quorum").Select(e => (e.Name!, e.Revision)));
    }

    private static void AssertUnavailableStatus((HttpStatusCode Code, string Body) response, TimeSpan elapsed)
    {
        Assert.True(RetryingClient.IsUnavailable(response.Code), $"expected 503 or 504, got {(int)response.Code}: {response.Body}");
        var status = JsonNode.Parse(response.Body)!.AsObject();
        Assert.Equal("Status", (string?)status["kind"]);
        Assert.Equal((int)response.Code, (int?)status["code"]);
        Assert.InRange(elapsed, TimeSpan.Zero, RequestTimeout + Slack);
    }

    private static StringContent Json(string name) =>
        new("{\"metadata\":{\"name\":\"" + name + "\"},\"spec\":{\"to\":{\"name\":\"svc\"}}}", Encoding.UTF8, "application/json");

    private static async Task<((HttpStatusCode Code, string Body) Response, TimeSpan Elapsed)> TimeAsync(Func<Task<HttpResponseMessage>> send)
    {
        var clock = Stopwatch.StartNew();
        using var response = await send();
        var body = await response.Content.ReadAsStringAsync();
        return ((response.StatusCode, body), clock.Elapsed);
    }

    private string Attempt(string name)
    {
        _attempted.Add(name);
        return name;
    }

    /// <summary>
    /// Creates <paramref name="count"/> routes one after another, each retried until acknowledged;
    /// signals <paramref name="tenWritten"/> after the tenth, so a member can be killed mid-stream.
    /// </summary>
    private async Task WriteAsync(int first, int count, TaskCompletionSource? tenWritten, CancellationToken cancellationToken)
    {
        for (var i = first; i < first + count; i++)
        {
            var name = Attempt($"w{i:D3}");
            _acknowledged.Add((name, await Client.CreateAsync(name, cancellationToken)));
            if (i - first == 9)
            {
                tenWritten?.TrySetResult();
            }
        }
    }

    private async Task<long> ListRevisionAsync(CancellationToken cancellationToken)
    {
        var list = JsonNode.Parse(await Http.GetStringAsync(Client.Collection, cancellationToken))!;
        return long.Parse((string)list["metadata"]!["resourceVersion"]!, CultureInfo.InvariantCulture);
    }

    private Task<WatchFeed> OpenWatchAsync(long fromRevision, CancellationToken cancellationToken) =>
        WatchFeed.OpenAsync(Http, $"{Client.Collection}?watch=true&resourceVersion={fromRevision}&timeoutSeconds=300", cancellationToken);

    /// <summary>
    /// Reads <paramref name="watch"/> until every acknowledged write has arrived. A stream that ends
    /// (cleanly, or after an ERROR 410 event) is reopened from the last revision it delivered.
    /// </summary>
    private async Task<List<WatchEvent>> CollectAsync(WatchFeed watch, long fromRevision, CancellationToken cancellationToken)
    {
        var events = new List<WatchEvent>();
        var last = fromRevision;
        var awaited = _acknowledged[^1].Revision;
        try
        {
            while (last < awaited)
            {
                var next = await watch.NextAsync(cancellationToken);
                if (next is null || next.Type == "ERROR")
                {
                    Assert.True(next is null || next.Object["code"]?.GetValue<int>() == 410, $"unexpected watch error: {next?.Line}");
                    await watch.DisposeAsync();
                    watch = await OpenWatchAsync(last, cancellationToken);
                    continue;
                }

                events.Add(next);
                last = next.Revision;
            }
        }
        finally
        {
            await watch.DisposeAsync();
        }

        return events;
    }
}
