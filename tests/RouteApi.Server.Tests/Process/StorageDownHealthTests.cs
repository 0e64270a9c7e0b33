using System.Net;
using RouteApi.Testing.Etcd;

namespace RouteApi.Server.Tests.Process;

/// <summary>
/// A server process on a one-member etcd whose member is killed: <c>/readyz</c> and <c>/healthz</c>
/// answer 500 with the <c>storage</c> check failing (reason withheld), <c>/livez</c> stays 200 so the
/// process is not restarted for a storage outage, <c>/readyz/storage</c> tells why to a token holder,
/// and readiness returns once etcd is back. (The embedded SQLite store has no outage to stage from
/// outside: it lives in the process.)
/// </summary>
public sealed class StorageDownHealthTests : IAsyncLifetime
{
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "routeapi-health-" + Guid.NewGuid().ToString("N"));
    private EtcdCluster? _etcd;
    private ServerProcess? _server;

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        _etcd = await EtcdCluster.StartAsync(1, ct);
        _server = await ServerProcess.StartAsync(_dataDir, ct,
            "--storage-backend", "etcd", "--etcd-servers", _etcd.ClientUrls, "--etcd-request-timeout", "2s");
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (_etcd is not null)
        {
            await _etcd.DisposeAsync();
        }

        if (Directory.Exists(_dataDir))
        {
            Directory.Delete(_dataDir, recursive: true);
        }
    }

    [Fact]
    public async Task Probes_WhileEtcdIsDown_FailReadinessButNotLiveness()
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        budget.CancelAfter(TimeSpan.FromSeconds(60));
        var ct = budget.Token;
        using var admin = _server!.CreateClient();
        using var anonymous = _server.CreateClient(token: null);
        await new RetryingClient(admin, "health").WaitUntilReadyAsync(ct);

        await _etcd!.Members[0].KillAsync();
        var readyz = await GetAsync(anonymous, "/readyz?verbose", ct);
        var healthz = await GetAsync(anonymous, "/healthz", ct);
        var livez = await GetAsync(anonymous, "/livez?verbose", ct);
        var storage = await GetAsync(admin, "/readyz/storage", ct);
        await _etcd.RestartAsync([0], ct);
        await new RetryingClient(admin, "health").WaitUntilReadyAsync(ct);
        var recovered = await GetAsync(anonymous, "/readyz?verbose", ct);

        Assert.Equal(HttpStatusCode.InternalServerError, readyz.Code);
        Assert.StartsWith("[+]ping ok\n[-]storage failed: reason withheld\n", readyz.Body, StringComparison.Ordinal);
        Assert.EndsWith("[+]shutdown ok\nreadyz check failed\n", readyz.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.InternalServerError, healthz.Code);
        Assert.Contains("[-]storage failed: reason withheld\n", healthz.Body, StringComparison.Ordinal);
        Assert.EndsWith("healthz check failed\n", healthz.Body, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.OK, "[+]ping ok\nlivez check passed\n"), livez);
        Assert.Equal(HttpStatusCode.InternalServerError, storage.Code);
        Assert.StartsWith("internal server error: ", storage.Body, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.OK, "[+]ping ok\n[+]storage ok\n[+]watch-cache ok\n[+]shutdown ok\nreadyz check passed\n"), recovered);
    }

    private static async Task<(HttpStatusCode Code, string Body)> GetAsync(HttpClient client, string path, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(path, cancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
    }
}
