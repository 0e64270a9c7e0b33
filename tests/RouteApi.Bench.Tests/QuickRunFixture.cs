using System.Text;

namespace RouteApi.Bench.Tests;

/// <summary>
/// One <c>--quick</c> run of every scenario, in-process, into a temporary directory; the smoke tests
/// read what it wrote. It needs etcd on PATH (test.sh installs it), as the etcd store tests do.
/// </summary>
public sealed class QuickRunFixture : IAsyncLifetime
{
    private readonly StringWriter _console = new(new StringBuilder());

    public string OutDirectory { get; } = Path.Combine(Path.GetTempPath(), "routeapi-bench-tests-" + Guid.NewGuid().ToString("N")[..8]);

    public int ExitCode { get; private set; }

    public string Console => _console.ToString();

    public async ValueTask InitializeAsync()
    {
        ExitCode = await BenchProgram.RunAsync(["--quick", "--out", OutDirectory], TextWriter.Synchronized(_console), TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        if (Directory.Exists(OutDirectory))
        {
            Directory.Delete(OutDirectory, recursive: true);
        }

        _console.Dispose();
        return ValueTask.CompletedTask;
    }
}
