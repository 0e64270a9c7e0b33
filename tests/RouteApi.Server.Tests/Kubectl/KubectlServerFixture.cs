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

    /// <summary>kubectl as the process's cluster-admin.</summary>
    public Kubectl Admin { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await ServerProcess.StartSecureAsync(_dataDir, TestContext.Current.CancellationToken);
        var token = (await File.ReadAllTextAsync(Path.Combine(_dataDir, "admin.token"), TestContext.Current.CancellationToken)).Trim();
        Admin = Kubectl.For(_server, Path.Combine(_dataDir, "ca.crt"), token, _dataDir);

        // The kubeconfig is written once the server has started listening, just after this returns.
        await _server.WaitForOutputAsync("Admin kubeconfig written to", TestContext.Current.CancellationToken);
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
