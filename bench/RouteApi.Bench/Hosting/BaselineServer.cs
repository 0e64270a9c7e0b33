using System.Globalization;

namespace RouteApi.Bench.Hosting;

/// <summary>The bare Kestrel app (bench/RouteApi.Bench.Baseline) as its own process on a free loopback port.</summary>
internal sealed class BaselineServer : IAsyncDisposable
{
    private BaselineServer(ChildProcess process, Uri baseAddress)
    {
        Process = process;
        BaseAddress = baseAddress;
    }

    public ChildProcess Process { get; }

    public Uri BaseAddress { get; }

    public static async Task<BaselineServer> StartAsync(CancellationToken cancellationToken)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort.Next().ToString(CultureInfo.InvariantCulture)}");
        var process = ChildProcess.StartDotnet("baseline", BuildOutput.BaselineDll(), ["--urls", address.ToString().TrimEnd('/')]);
        try
        {
            await Readiness.WaitAsync(process, address, TimeSpan.FromSeconds(60), cancellationToken);
        }
        catch
        {
            // Never ready: nobody will dispose a baseline that was not returned.
            await process.DisposeAsync();
            throw;
        }

        return new BaselineServer(process, address);
    }

    public ValueTask DisposeAsync() => Process.DisposeAsync();
}
