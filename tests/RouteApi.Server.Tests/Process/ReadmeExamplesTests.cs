using System.Diagnostics;
using System.Text.RegularExpressions;

namespace RouteApi.Server.Tests.Process;

/// <summary>
/// The README's curl examples, run as printed against a real server process with its defaults
/// (HTTPS, generated CA and admin token); only the port and the data dir differ.
/// </summary>
public sealed partial class ReadmeExamplesTests : IDisposable
{
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "routeapi-readme-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task CurlExamples_AsPrinted_AllSucceed()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await ServerProcess.StartSecureAsync(_dataDir, ct);
        var script = ExampleScript()
            .Replace("https://127.0.0.1:8443", server.BaseAddress.ToString().TrimEnd('/'), StringComparison.Ordinal)
            .Replace("data/admin.token", Path.Combine(_dataDir, "admin.token"), StringComparison.Ordinal)
            .Replace("data/ca.crt", Path.Combine(_dataDir, "ca.crt"), StringComparison.Ordinal);

        var (exitCode, output) = await RunBashAsync(script, ct);

        Assert.True(exitCode == 0, output);
        Assert.Contains("\"resourceVersion\": ", output, StringComparison.Ordinal);
        Assert.Contains("\"host\": \"backend-demo.router.default.svc.cluster.local\"", output, StringComparison.Ordinal);
        Assert.Contains("{\"type\":\"ADDED\",\"object\":{\"kind\":\"Route\"", output, StringComparison.Ordinal);
        Assert.Contains("\"status\": \"Success\"", output, StringComparison.Ordinal);
        Assert.Contains("the ResourceVersion in the precondition (1) does not match", output, StringComparison.Ordinal);
        Assert.DoesNotMatch(ServerError(), output);
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataDir))
        {
            Directory.Delete(_dataDir, recursive: true);
        }
    }

    private static string ExampleScript()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        var section = readme[readme.IndexOf("## Using the API", StringComparison.Ordinal)..];
        return ShellBlock().Match(section).Groups[1].Value;
    }

    private static async Task<(int ExitCode, string Output)> RunBashAsync(string script, CancellationToken ct)
    {
        var start = new ProcessStartInfo("bash", ["-euo", "pipefail", "-c", script])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return (process.ExitCode, await output + await error);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RouteApi.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("RouteApi.sln not found");
    }

    [GeneratedRegex(@"```sh\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlock();

    [GeneratedRegex("\"code\": 5[0-9][0-9]")]
    private static partial Regex ServerError();
}
