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
    private Task<RouteApiServer>? _embedded;
    private Task<BaselineServer>? _baseline;
    private Task<(EtcdNode Etcd, RouteApiServer Server)>? _etcd;

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

    /// <summary>
    /// Starts, side by side, the shared processes the chosen scenarios will ask for, so their start-up
    /// times overlap. A start that fails is reported by each scenario that needs it.
    /// </summary>
    public void StartShared(IReadOnlyCollection<string> scenarios, CancellationToken cancellationToken)
    {
        if (scenarios.Intersect(["a", "b", "c", "e"]).Any())
        {
            _ = EmbeddedServerAsync(cancellationToken);
        }

        if (scenarios.Intersect(["a", "b", "c"]).Any())
        {
            _ = BaselineAsync(cancellationToken);
        }

        if (scenarios.Contains("d"))
        {
            _ = EtcdAsync(cancellationToken);
        }
    }

    public Task<RouteApiServer> EmbeddedServerAsync(CancellationToken cancellationToken) =>
        _embedded ??= StartServerAsync("routeapi-sqlite", [], cancellationToken);

    public Task<BaselineServer> BaselineAsync(CancellationToken cancellationToken) =>
        _baseline ??= StartOwnedAsync(BaselineServer.StartAsync(cancellationToken));

    /// <summary>etcd, and a RouteApi server storing in it (<c>--storage-backend etcd --etcd-servers …</c>).</summary>
    public Task<(EtcdNode Etcd, RouteApiServer Server)> EtcdAsync(CancellationToken cancellationToken) =>
        _etcd ??= StartEtcdAsync(cancellationToken);

    /// <summary>A server of its own on a fresh data directory, stopped with the environment.</summary>
    public Task<RouteApiServer> StartServerAsync(string name, IReadOnlyList<string> extraArgs, CancellationToken cancellationToken) =>
        StartOwnedAsync(RouteApiServer.StartAsync(name, Path.Combine(Root, name), Tokens, extraArgs, cancellationToken));

    public async ValueTask DisposeAsync()
    {
        // Whatever is still starting finishes (or fails) first, so nothing started is left behind.
        foreach (var starting in new Task?[] { _embedded, _baseline, _etcd }.OfType<Task>())
        {
            await Task.WhenAny(starting);
        }

        // Newest first: the etcd-backed server stops before etcd, so it does not spend its last moments retrying.
        IAsyncDisposable[] owned;
        lock (_owned)
        {
            owned = [.. _owned];
        }

        for (var i = owned.Length - 1; i >= 0; i--)
        {
            await owned[i].DisposeAsync();
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

    private async Task<(EtcdNode Etcd, RouteApiServer Server)> StartEtcdAsync(CancellationToken cancellationToken)
    {
        var etcd = await StartOwnedAsync(EtcdNode.StartAsync(Path.Combine(Root, "etcd"), cancellationToken));
        var server = await StartServerAsync("routeapi-etcd", ["--storage-backend", "etcd", "--etcd-servers", etcd.ClientUrl], cancellationToken);
        return (etcd, server);
    }

    /// <summary>Records what <paramref name="starting"/> started, for disposal; starts may run side by side, hence the lock.</summary>
    private async Task<T> StartOwnedAsync<T>(Task<T> starting)
        where T : IAsyncDisposable
    {
        var started = await starting;
        lock (_owned)
        {
            _owned.Add(started);
        }

        return started;
    }
}
