using System.Diagnostics;
using RouteApi.Server.Tests.Process;

namespace RouteApi.Server.Tests.Kubectl;

/// <summary>
/// The real <c>kubectl</c> binary pointed at a <see cref="ServerProcess"/> through its own
/// kubeconfig (bearer token, the server's CA) and its own HOME and discovery cache, so runs never
/// see the user's configuration or a stale cache. Each run has a timeout and is killed past it.
/// The binary is <c>$KUBECTL</c> or <c>kubectl</c> on PATH; <c>./test.sh</c> makes sure it exists.
/// </summary>
public sealed class Kubectl
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    private readonly string _home;

    private Kubectl(string home, string kubeconfigPath)
    {
        _home = home;
        KubeconfigPath = kubeconfigPath;
    }

    public string KubeconfigPath { get; }

    /// <summary>
    /// A kubectl for <paramref name="server"/> (over HTTPS: kubectl sends tokens only over TLS)
    /// trusting <paramref name="caCertificatePath"/>, as the user of <paramref name="token"/>, with
    /// its kubeconfig, HOME and cache under <paramref name="workDir"/>.
    /// </summary>
    public static Kubectl For(ServerProcess server, string caCertificatePath, string token, string workDir, string @namespace = "default")
    {
        var home = Path.Combine(workDir, "kubectl-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(home);
        var kubeconfig = Path.Combine(home, "kubeconfig");
        File.WriteAllText(kubeconfig, $"""
            apiVersion: v1
            kind: Config
            clusters:
            - name: routeapi
              cluster:
                server: {server.BaseAddress.ToString().TrimEnd('/')}
                certificate-authority: {caCertificatePath}
            users:
            - name: test
              user:
                token: {token}
            contexts:
            - name: routeapi
              context:
                cluster: routeapi
                user: test
                namespace: {@namespace}
            current-context: routeapi
            """);
        return new Kubectl(home, kubeconfig);
    }

    /// <summary>A kubectl that uses the kubeconfig at <paramref name="kubeconfigPath"/> as it is, with its HOME and cache under <paramref name="workDir"/>.</summary>
    public static Kubectl WithKubeconfig(string kubeconfigPath, string workDir)
    {
        var home = Path.Combine(workDir, "kubectl-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(home);
        return new Kubectl(home, kubeconfigPath);
    }

    /// <summary>The kubectl binary: <c>$KUBECTL</c>, else <c>kubectl</c> on PATH; a clear failure when there is none.</summary>
    public static string Binary()
    {
        var configured = Environment.GetEnvironmentVariable("KUBECTL");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, "kubectl");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("kubectl was not found on PATH (nor in $KUBECTL); ./test.sh installs it");
    }

    /// <summary>
    /// Runs <c>kubectl ARGS</c>, optionally with <paramref name="input"/> on stdin and extra
    /// <paramref name="environment"/> variables (such as <c>KUBE_EDITOR</c>), and returns its exit
    /// code and output.
    /// </summary>
    public async Task<KubectlResult> RunAsync(IEnumerable<string> args, string? input = null, TimeSpan? timeout = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = StartInfo(args, environment);
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.StandardInput.WriteAsync(input ?? string.Empty);
        process.StandardInput.Close();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(timeout ?? DefaultTimeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"kubectl {string.Join(' ', args)} did not finish within {(timeout ?? DefaultTimeout).TotalSeconds} s");
        }

        return new KubectlResult(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Runs <c>kubectl ARGS</c>.</summary>
    public Task<KubectlResult> RunAsync(params string[] args) => RunAsync((IEnumerable<string>)args);

    /// <summary>
    /// Starts a kubectl that does not end by itself (<c>get -w</c>); the test reads its lines and
    /// disposes it, which kills it.
    /// </summary>
    public RunningKubectl Start(params string[] args) => RunningKubectl.Start(StartInfo(args, environment: null));

    private ProcessStartInfo StartInfo(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment)
    {
        var start = new ProcessStartInfo(Binary())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--kubeconfig=" + KubeconfigPath);
        start.ArgumentList.Add("--cache-dir=" + Path.Combine(_home, "cache"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["HOME"] = _home;
        start.Environment.Remove("KUBECONFIG");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return start;
    }
}
