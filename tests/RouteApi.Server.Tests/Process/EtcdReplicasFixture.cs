using RouteApi.Testing.Etcd;

namespace RouteApi.Server.Tests.Process;

/// <summary>
/// Two server processes, A and B, on one single-member etcd (the default key prefix), each
/// compacting every second with no revisions retained, so compaction rounds come fast enough for a
/// test to watch the replicas share them.
/// </summary>
public sealed class EtcdReplicasFixture : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "routeapi-replicas-" + Guid.NewGuid().ToString("N"));
    private EtcdCluster? _etcd;
    private ServerProcess? _a;
    private ServerProcess? _b;

    public ServerProcess A => _a ?? throw new InvalidOperationException("replica A is not running");

    /// <summary>The etcd both replicas use.</summary>
    public EtcdCluster Etcd => _etcd ?? throw new InvalidOperationException("etcd is not running");

    public ServerProcess B => _b ?? throw new InvalidOperationException("replica B is not running");

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        _etcd = await EtcdCluster.StartAsync(1, ct);
        string[] etcd =
        [
            "--storage-backend", "etcd", "--etcd-servers", _etcd.ClientUrls,
            "--compaction-interval", "1s", "--compaction-min-retain", "0",
        ];
        var a = ServerProcess.StartAsync(Path.Combine(_directory, "a"), ct, etcd);
        var b = ServerProcess.StartAsync(Path.Combine(_directory, "b"), ct, etcd);
        await Task.WhenAll(a, b);
        (_a, _b) = (await a, await b);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var server in new[] { _a, _b })
        {
            if (server is not null)
            {
                await server.DisposeAsync();
            }
        }

        if (_etcd is not null)
        {
            await _etcd.DisposeAsync();
        }

        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
