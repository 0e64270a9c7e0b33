using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RouteApi.Testing.Etcd;

namespace RouteApi.Server.Tests;

/// <summary>
/// Hosts the real server in memory on a fresh SQLite data directory with a fake clock. Tests share
/// one factory per class and isolate themselves by namespace. Subclasses override
/// <see cref="ConfigureWebHost"/> (calling the base first) to change settings or services.
/// With <c>ROUTEAPI_TEST_BACKEND=etcd</c> (test.sh's second run of the HTTP suites) each factory
/// starts its own single-member etcd instead and stops it on dispose.
/// </summary>
public class RouteApiFactory : WebApplicationFactory<Program>
{
    /// <summary>The instant the fake clock starts at.</summary>
    public static readonly DateTimeOffset Start = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    /// <summary>The environment variable that selects the backend: unset or <c>sqlite</c>, or <c>etcd</c>.</summary>
    public const string BackendVariable = "ROUTEAPI_TEST_BACKEND";

    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "routeapi-tests-" + Guid.NewGuid().ToString("N"));
    private EtcdCluster? _etcd;

    public FakeTimeProvider Time { get; } = new(Start);

    public string DataDir => _dataDir;

    /// <summary>True when the server runs on etcd (<see cref="BackendVariable"/> is <c>etcd</c>).</summary>
    public static bool UsesEtcd => string.Equals(Environment.GetEnvironmentVariable(BackendVariable), "etcd", StringComparison.OrdinalIgnoreCase);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("RouteApi:DataDir", _dataDir);
        if (UsesEtcd)
        {
            // ConfigureWebHost is synchronous; start etcd off the test's synchronization context.
            _etcd ??= Task.Run(() => EtcdCluster.StartAsync(1, CancellationToken.None)).GetAwaiter().GetResult();
            builder.UseSetting("Storage:Backend", "etcd");
            builder.UseSetting("Storage:EtcdServers", _etcd.ClientUrls);
        }

        // Tests move the fake clock by minutes; the compactor would then write its claim key and
        // move the revision under them. Compaction has its own tests in RouteApi.Storage.Tests.
        builder.UseSetting("Compaction:Interval", "00:00:00");

        // A read for a revision the store never reaches waits this long before its 504.
        builder.UseSetting("WatchCache:RevisionWaitLimit", "00:00:00.200");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Time));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
        {
            return;
        }

        if (_etcd is { } etcd)
        {
            // The host is stopped by now (base.Dispose), so nothing talks to etcd any more.
            Task.Run(() => etcd.DisposeAsync().AsTask()).GetAwaiter().GetResult();
            _etcd = null;
        }

        if (Directory.Exists(_dataDir))
        {
            Directory.Delete(_dataDir, recursive: true);
        }
    }
}
