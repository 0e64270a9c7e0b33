using RouteApi.Server.Tests.Process;

namespace RouteApi.Server.Tests.Kubectl;

/// <summary>One real server process over HTTPS for a test class, with a cluster-admin kubectl for it.</summary>
public sealed class KubectlServerFixture : IAsyncLifetime
{
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "routeapi-kubectl-" + Guid.NewGuid().ToString("N"));
    private ServerProcess? _server;

    public ServerProcess Server => _server ?? throw new InvalidOperationException("the server has not started");

    /// <summary>kubectl as the process's cluster-admin.</summary>
    public Kubectl Admin { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await ServerProcess.StartSecureAsync(_dataDir, TestContext.Current.CancellationToken);
        Admin = Kubectl.For(_server, ServerProcess.AdminToken);
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
