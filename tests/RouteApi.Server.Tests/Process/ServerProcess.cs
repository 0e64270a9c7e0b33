using System.Diagnostics;
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

    private ServerProcess(System.Diagnostics.Process process, Uri baseAddress, string dataDir)
    {
        _process = process;
        BaseAddress = baseAddress;
        DataDir = dataDir;
    }

    /// <summary>The cluster-admin token the process accepts; <see cref="CreateClient"/> sends it.</summary>
    public const string AdminToken = "process-admin-token";

    public Uri BaseAddress { get; }

    public string DataDir { get; }

    /// <summary>The CA the server generated for its HTTPS certificate (only with <see cref="StartSecureAsync"/>).</summary>
    public string CaCertificatePath => Path.Combine(DataDir, "ca.crt");

    /// <summary>Starts the server over plain HTTP on <paramref name="dataDir"/> and waits until it listens.</summary>
    public static Task<ServerProcess> StartAsync(string dataDir, CancellationToken cancellationToken, params string[] extraArgs)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        return StartAsync(dataDir, new Uri(url), ["--urls", url, .. extraArgs], cancellationToken);
    }

    /// <summary>
    /// Starts the server over HTTPS, as deployed, with the certificate it generates under its CA in
    /// <paramref name="dataDir"/>. Needed by kubectl, which sends bearer tokens only over TLS.
    /// </summary>
    public static Task<ServerProcess> StartSecureAsync(string dataDir, CancellationToken cancellationToken, params string[] extraArgs)
    {
        var port = FreePort();
        return StartAsync(dataDir, new Uri($"https://127.0.0.1:{port}"), ["--secure-port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), .. extraArgs], cancellationToken);
    }

    private static async Task<ServerProcess> StartAsync(string dataDir, Uri url, string[] extraArgs, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Directory.CreateDirectory(dataDir);
        var tokens = Path.Combine(dataDir, "process-tokens.csv");
        File.WriteAllText(tokens, AdminToken + ",admin,admin-uid,\"system:masters\"\n");
        foreach (var arg in new[] { ServerDll(), "--data-dir", dataDir, "--token-auth-file", tokens }.Concat(extraArgs))
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        var process = new System.Diagnostics.Process { StartInfo = start };
        var server = new ServerProcess(process, url, dataDir);
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
        var client = BaseAddress.Scheme == Uri.UriSchemeHttps ? new HttpClient(TrustingServerCa()) : new HttpClient();
        client.BaseAddress = BaseAddress;
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

    // Trusts exactly the server's generated CA, as a kubeconfig's certificate-authority does.
    private HttpClientHandler TrustingServerCa()
    {
        var ca = System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPemFile(CaCertificatePath);
        return new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) =>
            {
                using var chain = new System.Security.Cryptography.X509Certificates.X509Chain();
                chain.ChainPolicy.TrustMode = System.Security.Cryptography.X509Certificates.X509ChainTrustMode.CustomRootTrust;
                chain.ChainPolicy.CustomTrustStore.Add(ca);
                chain.ChainPolicy.RevocationMode = System.Security.Cryptography.X509Certificates.X509RevocationMode.NoCheck;
                return certificate is not null && chain.Build(certificate);
            },
        };
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
