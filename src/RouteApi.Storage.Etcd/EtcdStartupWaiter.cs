using Microsoft.Extensions.Hosting;
using RouteApi.Storage.Instrumentation;

namespace RouteApi.Storage.Etcd;

/// <summary>
/// Holds host startup until etcd answers with quorum (up to <see cref="EtcdStoreOptions.StartupTimeout"/>),
/// with a log line per attempt, and then lets the host start either way: a server whose etcd is
/// late starts not-ready instead of crashing. Does nothing when the registered store (or the store an
/// <see cref="InstrumentedStore"/> wraps) is not etcd's.
/// </summary>
internal sealed class EtcdStartupWaiter(IStore store) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // The host registers the store wrapped for metrics; the wait is the backend's own.
        if ((store is InstrumentedStore instrumented ? instrumented.Inner : store) is EtcdStore etcd)
        {
            await etcd.WaitUntilReadyAsync(cancellationToken);
        }
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
