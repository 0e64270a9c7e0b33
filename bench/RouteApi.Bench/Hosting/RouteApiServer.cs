using System.Globalization;

namespace RouteApi.Bench.Hosting;

/// <summary>
/// A RouteApi server process as the tests start it: the Release dll, plain HTTP on a free loopback
/// port, the run's token file, everything else as shipped (compactor, limits, logging).
/// </summary>
internal sealed class RouteApiServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly IReadOnlyList<string> _extraArgs;
    private readonly TokenFile _tokens;

    private RouteApiServer(string name, string dataDirectory, TokenFile tokens, IReadOnlyList<string> extraArgs)
    {
        Name = name;
        DataDirectory = dataDirectory;
        _tokens = tokens;
        _extraArgs = extraArgs;
    }

    public string Name { get; }

    public string DataDirectory { get; }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1");

    public ChildProcess Process { get; private set; } = null!;

    /// <summary>Starts the server and waits for its first <c>/readyz</c> 200.</summary>
    public static async Task<RouteApiServer> StartAsync(string name, string dataDirectory, TokenFile tokens, IReadOnlyList<string> extraArgs, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(dataDirectory);
        var server = new RouteApiServer(name, dataDirectory, tokens, extraArgs);
        await server.LaunchAsync(cancellationToken);
        return server;
    }

    /// <summary>Starts the process again on the same data directory (after a stop) and returns the start-to-ready time.</summary>
    public async Task<TimeSpan> RestartAsync(CancellationToken cancellationToken)
    {
        await Process.DisposeAsync();
        return await LaunchAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => Process?.DisposeAsync() ?? ValueTask.CompletedTask;

    private async Task<TimeSpan> LaunchAsync(CancellationToken cancellationToken)
    {
        var port = FreePort.Next().ToString(CultureInfo.InvariantCulture);
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        string[] args = ["--data-dir", DataDirectory, "--urls", BaseAddress.ToString().TrimEnd('/'), "--token-auth-file", _tokens.Path, .. _extraArgs];
        Process = ChildProcess.StartDotnet(Name, BuildOutput.ServerDll(), args);
        try
        {
            var ready = await Readiness.WaitAsync(Process, BaseAddress, StartTimeout, cancellationToken);
            return System.Diagnostics.Stopwatch.GetElapsedTime(Process.StartedTimestamp, ready);
        }
        catch
        {
            // Never ready: nobody will dispose a server that was not returned.
            await Process.DisposeAsync();
            throw;
        }
    }
}
