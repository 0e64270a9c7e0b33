using System.Diagnostics;
using System.Net;
using System.Text;

namespace RouteApi.Server.Tests.Process;

/// <summary>The real <c>kubectl</c> (found on PATH; test.sh installs it) with the kubeconfig the server writes on first start.</summary>
public sealed class KubectlTests : IDisposable
{
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "routeapi-kubectl-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Kubectl_WithGeneratedKubeconfig_ReadsRoutesOverHttps()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await StartAsync(ct);
        await CreateRouteAsync(server, "shop", "web", ct);

        var (exitCode, output) = await KubectlAsync(ct, "get", "--raw", "/apis/route.openshift.io/v1/namespaces/shop/routes/web");

        Assert.True(exitCode == 0, output);
        Assert.Contains("\"name\":\"web\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kubectl_WithGeneratedKubeconfig_GetsRoutesInAllNamespaces()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await StartAsync(ct);
        await CreateRouteAsync(server, "shop", "web", ct);
        await CreateRouteAsync(server, "blog", "www", ct);

        var (exitCode, output) = await KubectlAsync(ct, "get", "routes", "-A", "-o", "name");

        Assert.True(exitCode == 0, output);
        Assert.Contains("route.route.openshift.io/web", output, StringComparison.Ordinal);
        Assert.Contains("route.route.openshift.io/www", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KubectlAuthCanI_AsGeneratedAdmin_AnswersYes()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await StartAsync(ct);

        var (exitCode, output) = await KubectlAsync(ct, "auth", "can-i", "delete", "routes.route.openshift.io", "-n", "shop");

        Assert.True(exitCode == 0, output);
        Assert.StartsWith("yes", output.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kubectl_WithWrongToken_IsRefusedAsUnauthorized()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await StartAsync(ct);

        var (exitCode, output) = await KubectlAsync(ct, "get", "--raw", "/apis/route.openshift.io/v1/routes", "--token", "wrong-token");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Unauthorized", output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataDir))
        {
            Directory.Delete(_dataDir, recursive: true);
        }
    }

    private async Task<ServerProcess> StartAsync(CancellationToken ct)
    {
        var server = await ServerProcess.StartDefaultAsync(_dataDir, ct);
        await server.WaitForOutputAsync("Admin kubeconfig written to", ct);
        return server;
    }

    private async Task CreateRouteAsync(ServerProcess server, string ns, string name, CancellationToken ct)
    {
        using var client = server.CreateClient(File.ReadAllText(Path.Combine(_dataDir, "admin.token")).Trim(), File.ReadAllText(Path.Combine(_dataDir, "ca.crt")));
        var body = "{\"metadata\":{\"name\":\"" + name + "\"},\"spec\":{\"to\":{\"name\":\"svc\"}}}";
        using var response = await client.PostAsync($"/apis/route.openshift.io/v1/namespaces/{ns}/routes", new StringContent(body, Encoding.UTF8, "application/json"), ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    /// <summary>Runs kubectl with the generated kubeconfig and a private HOME, so no user config or discovery cache takes part.</summary>
    private async Task<(int ExitCode, string Output)> KubectlAsync(CancellationToken ct, params string[] args)
    {
        var home = Path.Combine(_dataDir, "home");
        Directory.CreateDirectory(home);
        var start = new ProcessStartInfo("kubectl")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args.Prepend(Path.Combine(_dataDir, "admin.kubeconfig")).Prepend("--kubeconfig"))
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["HOME"] = home;
        start.Environment.Remove("KUBECONFIG");
        using var process = System.Diagnostics.Process.Start(start)
            ?? throw new InvalidOperationException("kubectl could not be started; test.sh installs it");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
