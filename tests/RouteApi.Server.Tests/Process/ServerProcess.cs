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
    private readonly List<(string Text, TaskCompletionSource<string> Seen)> _waiters = [];

    private ServerProcess(System.Diagnostics.Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    /// <summary>The cluster-admin token the process accepts; <see cref="CreateClient()"/> sends it.</summary>
    public const string AdminToken = "process-admin-token";

    public Uri BaseAddress { get; }

    /// <summary>Starts the server on <paramref name="dataDir"/> over plain HTTP with the test token file and waits until it listens.</summary>
    public static async Task<ServerProcess> StartAsync(string dataDir, CancellationToken cancellationToken, params string[] extraArgs)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        Directory.CreateDirectory(dataDir);
        var tokens = Path.Combine(dataDir, "process-tokens.csv");
        File.WriteAllText(tokens, AdminToken + ",admin,admin-uid,\"system:masters\"\n");
        return await LaunchAsync(new Uri(url), ["--data-dir", dataDir, "--urls", url, "--token-auth-file", tokens, .. extraArgs], new Dictionary<string, string>(), cancellationToken);
    }

    /// <summary>As <see cref="StartAsync(string, CancellationToken, string[])"/>, with extra environment variables (<c>ROUTEAPI_*</c>).</summary>
    public static async Task<ServerProcess> StartAsync(string dataDir, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken, params string[] extraArgs)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        Directory.CreateDirectory(dataDir);
        var tokens = Path.Combine(dataDir, "process-tokens.csv");
        File.WriteAllText(tokens, AdminToken + ",admin,admin-uid,\"system:masters\"\n");
        return await LaunchAsync(new Uri(url), ["--data-dir", dataDir, "--urls", url, "--token-auth-file", tokens, .. extraArgs], environment, cancellationToken);
    }

    /// <summary>Runs the server binary with <paramref name="args"/> until it exits (within 30 s), e.g. for <c>--help</c>, and returns what it printed.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunToExitAsync(CancellationToken cancellationToken, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args.Prepend(ServerDll()))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output, await error);
    }

    /// <summary>
    /// Starts the server as it runs out of the box: no <c>--urls</c> and no token file, so it serves
    /// HTTPS on a free <c>--secure-port</c> (unless <paramref name="extraArgs"/> names one) with the
    /// CA, serving certificate and admin token it generates in <paramref name="dataDir"/>. Clients
    /// must trust <c>ca.crt</c> and send <c>admin.token</c>.
    /// </summary>
    public static async Task<ServerProcess> StartSecureAsync(string dataDir, CancellationToken cancellationToken, params string[] extraArgs)
    {
        var port = extraArgs.Contains("--secure-port") ? int.Parse(extraArgs[Array.IndexOf(extraArgs, "--secure-port") + 1], CultureInfo.InvariantCulture) : FreePort();
        var args = extraArgs.Contains("--secure-port") ? extraArgs : ["--secure-port", port.ToString(CultureInfo.InvariantCulture), .. extraArgs];
        return await LaunchAsync(new Uri($"https://127.0.0.1:{port}"), ["--data-dir", dataDir, .. args], new Dictionary<string, string>(), cancellationToken);
    }

    private static async Task<ServerProcess> LaunchAsync(Uri baseAddress, IEnumerable<string> args, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
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
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

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

    /// <summary>Waits (up to 10 s) until the server has printed a line containing <paramref name="text"/>, and returns that line.</summary>
    public async Task<string> WaitForOutputAsync(string text, CancellationToken cancellationToken)
    {
        TaskCompletionSource<string> seen;
        lock (_output)
        {
            var line = _output.FirstOrDefault(l => l.Contains(text, StringComparison.Ordinal));
            if (line is not null)
            {
                return line;
            }

            seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((text, seen));
        }

        return await seen.Task.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
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

    public HttpClient CreateClient() => CreateClient(AdminToken);

    /// <summary>
    /// A client sending <paramref name="token"/> (none when null); over HTTPS it trusts only
    /// <paramref name="trustedCa"/> (a PEM CA certificate), as a client with the kubeconfig's CA would.
    /// </summary>
    public HttpClient CreateClient(string? token, string? trustedCa = null)
    {
        var handler = new HttpClientHandler();
        if (trustedCa is not null)
        {
            var ca = System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPem(trustedCa);
            handler.ServerCertificateCustomValidationCallback = (_, certificate, _, errors) =>
            {
                if ((errors & System.Net.Security.SslPolicyErrors.RemoteCertificateNameMismatch) != 0)
                {
                    return false;
                }

                using var chain = new System.Security.Cryptography.X509Certificates.X509Chain();
                chain.ChainPolicy.TrustMode = System.Security.Cryptography.X509Certificates.X509ChainTrustMode.CustomRootTrust;
                chain.ChainPolicy.CustomTrustStore.Add(ca);
                chain.ChainPolicy.RevocationMode = System.Security.Cryptography.X509Certificates.X509RevocationMode.NoCheck;
                return certificate is not null && chain.Build(certificate);
            };
        }

        var client = new HttpClient(handler) { BaseAddress = BaseAddress };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>Sends SIGTERM, as Kubernetes and docker stop do, starting the graceful shutdown; returns at once.</summary>
    public async Task TerminateAsync(CancellationToken cancellationToken)
    {
        using var kill = System.Diagnostics.Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync(cancellationToken);
        Assert.Equal(0, kill.ExitCode);
    }

    /// <summary>Waits until the process has exited and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(CancellationToken cancellationToken)
    {
        await _process.WaitForExitAsync(cancellationToken);
        return _process.ExitCode;
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
            foreach (var waiter in _waiters.Where(w => line.Contains(w.Text, StringComparison.Ordinal)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Seen.TrySetResult(line);
            }
        }

        if (line.Contains("Now listening on", StringComparison.Ordinal))
        {
            _listening.TrySetResult();
        }
    }

    /// <summary>A loopback port nobody listens on right now.</summary>
    public static int FreePort()
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
