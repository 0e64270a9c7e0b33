using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace RouteApi.Server.Tests.Process;

/// <summary>
/// The real server binary started as a separate process on a free loopback port, for tests that
/// must kill it or talk to it from outside (curl, kubectl). Stopped with SIGKILL on dispose.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly System.Diagnostics.Process _process;
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> _output = [];

    private ServerProcess(System.Diagnostics.Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    /// <summary>The cluster-admin token the process accepts; <see cref="CreateClient"/> sends it.</summary>
    public const string AdminToken = "process-admin-token";

    public Uri BaseAddress { get; }

    /// <summary>
    /// Starts the server on <paramref name="dataDir"/> over plain HTTP with a token file holding
    /// <see cref="AdminToken"/>, and waits until it listens.
    /// </summary>
    public static Task<ServerProcess> StartAsync(string dataDir, CancellationToken cancellationToken, params string[] extraArgs)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        Directory.CreateDirectory(dataDir);
        var tokens = Path.Combine(dataDir, "process-tokens.csv");
        File.WriteAllText(tokens, AdminToken + ",admin,admin-uid,\"system:masters\"\n");
        return LaunchAsync(new Uri(url), ["--data-dir", dataDir, "--urls", url, "--token-auth-file", tokens, .. extraArgs], cancellationToken);
    }

    /// <summary>
    /// Starts the server as a user would, with its defaults: HTTPS with the CA, serving
    /// certificate and admin token it generates in <paramref name="dataDir"/>, on a free
    /// <c>--secure-port</c>. Clients must trust <c>ca.crt</c> and send <c>admin.token</c>.
    /// </summary>
    public static Task<ServerProcess> StartSecureAsync(string dataDir, CancellationToken cancellationToken, params string[] extraArgs)
    {
        var port = FreePort();
        return LaunchAsync(new Uri($"https://127.0.0.1:{port}"), ["--data-dir", dataDir, "--secure-port", port.ToString(CultureInfo.InvariantCulture), .. extraArgs], cancellationToken);
    }

    private static async Task<ServerProcess> LaunchAsync(Uri baseAddress, IEnumerable<string> args, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args.Prepend(ServerDll()))
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        var process = new System.Diagnostics.Process { StartInfo = start };
        var server = new ServerProcess(process, baseAddress);
        process.OutputDataReceived += (_, e) => server.OnOutput(e.Data);
        process.ErrorDataReceived += (_, e) => server.OnOutput(e.Data);
        process.Exited += (_, _) => server._listening.TrySetException(new InvalidOperationException("server exited early:\n" + server.Output));
        process.EnableRaisingEvents = true;
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        await server._listening.Task.WaitAsync(timeout.Token);
        return server;
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    public HttpClient CreateClient()
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", AdminToken);
        return client;
    }

    /// <summary>SIGKILL: no shutdown hooks run, as in a crash or power loss of the process.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private void OnOutput(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }

        if (line.Contains("Now listening on", StringComparison.Ordinal))
        {
            _listening.TrySetResult();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The server built next to this test assembly's configuration (Debug or Release).</summary>
    private static string ServerDll()
    {
        var testDir = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = testDir.Parent!.Name;
        var root = testDir;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "RouteApi.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new InvalidOperationException("RouteApi.sln not found above " + AppContext.BaseDirectory);
        }

        var dll = Path.Combine(root.FullName, "src", "RouteApi.Server", "bin", configuration, testDir.Name, "RouteApi.Server.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("build the server first", dll);
    }
}
