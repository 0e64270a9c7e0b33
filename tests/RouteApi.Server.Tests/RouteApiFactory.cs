using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace RouteApi.Server.Tests;

/// <summary>
/// Hosts the real server in memory on a fresh SQLite data directory with a fake clock. Tests share
/// one factory per class and isolate themselves by namespace. Subclasses override
/// <see cref="ConfigureWebHost"/> (calling the base first) to change settings or services.
/// </summary>
public class RouteApiFactory : WebApplicationFactory<Program>
{
    /// <summary>The instant the fake clock starts at.</summary>
    public static readonly DateTimeOffset Start = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "routeapi-tests-" + Guid.NewGuid().ToString("N"));

    public FakeTimeProvider Time { get; } = new(Start);

    public string DataDir => _dataDir;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("RouteApi:DataDir", _dataDir);

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
        if (disposing && Directory.Exists(_dataDir))
        {
            Directory.Delete(_dataDir, recursive: true);
        }
    }
}
