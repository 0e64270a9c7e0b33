using RouteApi.Server.Tests.Process;

namespace RouteApi.Server.Tests.Kubectl;

/// <summary>
/// One real server process for a test class, started with its defaults (HTTPS under the CA and
/// admin token it generates in its data dir), with a kubectl for that admin.
/// </summary>
public sealed class KubectlServerFixture : IAsyncLifetime
{
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "routeapi-kubectl-" + Guid.NewGuid().ToString("N"));
    private ServerProcess? _server;

    /// <summary>The server's data dir, with its generated <c>ca.crt</c>, <c>admin.token</c> and <c>admin.kubeconfig</c>.</summary>
    public string DataDir => _dataDir;

    public ServerProcess Server => _server ?? throw new InvalidOperationException("the server has not started");

    /// <summary>The CA the server generated; clients trust it.</summary>
    public string CaCertificatePath => Path.Combine(_dataDir, "ca.crt");

    /// <summary>The admin token the server generated (one line).</summary>
    public string AdminTokenPath => Path.Combine(_dataDir, "admin.token");

    /// <summary>The kubeconfig the server wrote for its admin (server URL, CA data, token).</summary>
    public string AdminKubeconfigPath => Path.Combine(_dataDir, "admin.kubeconfig");

    /// <summary>kubectl as the process's cluster-admin.</summary>
    public Kubectl Admin { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await ServerProcess.StartSecureAsync(_dataDir, TestContext.Current.CancellationToken);
        var token = (await File.ReadAllTextAsync(AdminTokenPath, TestContext.Current.CancellationToken)).Trim();
        Admin = Kubectl.For(_server, CaCertificatePath, token, _dataDir);

        // The kubeconfig is written once the server has started listening, just after this returns.
        await _server.WaitForOutputAsync("Admin kubeconfig written to", TestContext.Current.CancellationToken);
    }

    /// <summary>Creates a shared example route (see <see cref="KubectlManifests"/>) with <c>kubectl create</c> in a new namespace, and returns that namespace.</summary>
    public async Task<string> CreateInNewNamespaceAsync(string example)
    {
        var ns = ApiPrefixes.NewNamespace();
        (await Admin.RunAsync(["create", "-n", ns, "-f", "-"], KubectlManifests.Example(example))).AssertSuccess();
        return ns;
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        Directory.Delete(_dataDir, recursive: true);
    }
}
