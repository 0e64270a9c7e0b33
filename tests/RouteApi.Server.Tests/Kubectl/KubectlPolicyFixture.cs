using RouteApi.Server.Tests.Process;

namespace RouteApi.Server.Tests.Kubectl;

/// <summary>
/// One real server process over HTTPS (its generated CA) with a token file and a policy file: user
/// <c>viewer</c> holds role <c>view</c> in namespace <see cref="ViewerNamespace"/> only. For
/// access checks, which the generated admin (always allowed) cannot show.
/// </summary>
public sealed class KubectlPolicyFixture : IAsyncLifetime
{
    public const string ViewerNamespace = "team-a";

    private const string ViewerToken = "kubectl-viewer-token";
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "routeapi-kubectl-policy-" + Guid.NewGuid().ToString("N"));
    private ServerProcess? _server;

    /// <summary>kubectl as user <c>viewer</c>.</summary>
    public Kubectl Viewer { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_dataDir);
        var tokens = Path.Combine(_dataDir, "kubectl-tokens.csv");
        var policy = Path.Combine(_dataDir, "kubectl-policy.yaml");
        await File.WriteAllTextAsync(tokens, ViewerToken + ",viewer,viewer-uid,\"viewers\"\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(policy, $$"""
            bindings:
            - subjects: [{kind: User, name: viewer}]
              role: view
              namespaces: [{{ViewerNamespace}}]
            """, TestContext.Current.CancellationToken);
        _server = await ServerProcess.StartSecureAsync(_dataDir, TestContext.Current.CancellationToken, "--token-auth-file", tokens, "--authorization-policy-file", policy);
        Viewer = Kubectl.For(_server, Path.Combine(_dataDir, "ca.crt"), ViewerToken, _dataDir);
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
