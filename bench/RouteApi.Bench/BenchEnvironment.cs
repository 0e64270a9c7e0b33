using RouteApi.Bench.Hosting;

namespace RouteApi.Bench;

/// <summary>
/// The processes a run shares between scenarios, started when a scenario first needs them and all
/// stopped at the end: the embedded-store server (a, b, c, e), the baseline app (a–c), and etcd
/// with a second server on it (d). Everything lives under one temporary directory.
/// </summary>
internal sealed class BenchEnvironment : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _owned = [];
    private RouteApiServer? _embedded;
    private BaselineServer? _baseline;
    private (EtcdNode Etcd, RouteApiServer Server)? _etcd;

    public BenchEnvironment(BenchOptions options, TextWriter console)
    {
        Options = options;
        Console = console;
        Root = Path.Combine(Path.GetTempPath(), "routeapi-bench-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
        var users = (options.Watchers + options.WatchersPerUser - 1) / options.WatchersPerUser;
        Tokens = TokenFile.Write(Root, users);
    }

    public BenchOptions Options { get; }

    public TextWriter Console { get; }

    public string Root { get; }

    public TokenFile Tokens { get; }

    public async Task<RouteApiServer> EmbeddedServerAsync(CancellationToken cancellationToken) =>
        _embedded ??= await StartServerAsync("routeapi-sqlite", [], cancellationToken);

    public async Task<BaselineServer> BaselineAsync(CancellationToken cancellationToken)
    {
        if (_baseline is null)
        {
            _baseline = await BaselineServer.StartAsync(cancellationToken);
            _owned.Add(_baseline);
        }

        return _baseline;
    }

    /// <summary>etcd, and a RouteApi server storing in it (<c>--storage-backend etcd --etcd-servers …</c>).</summary>
    public async Task<(EtcdNode Etcd, RouteApiServer Server)> EtcdAsync(CancellationToken cancellationToken)
    {
        if (_etcd is null)
        {
            var etcd = await EtcdNode.StartAsync(Path.Combine(Root, "etcd"), cancellationToken);
            _owned.Add(etcd);
            var server = await StartServerAsync("routeapi-etcd", ["--storage-backend", "etcd", "--etcd-servers", etcd.ClientUrl], cancellationToken);
            _etcd = (etcd, server);
        }

        return _etcd.Value;
    }

    /// <summary>A server of its own on a fresh data directory, stopped with the environment.</summary>
    public async Task<RouteApiServer> StartServerAsync(string name, IReadOnlyList<string> extraArgs, CancellationToken cancellationToken)
    {
        var server = await RouteApiServer.StartAsync(name, Path.Combine(Root, name), Tokens, extraArgs, cancellationToken);
        _owned.Add(server);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        // Servers before etcd, so the etcd-backed server does not spend its last moments retrying.
        for (var i = _owned.Count - 1; i >= 0; i--)
        {
            await _owned[i].DisposeAsync();
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A process may still be letting go of a file; the directory is under /tmp.
        }
    }
}
