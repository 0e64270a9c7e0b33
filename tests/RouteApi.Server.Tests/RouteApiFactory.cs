using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RouteApi.Server.Tests.Backends;
using RouteApi.Testing.Etcd;

namespace RouteApi.Server.Tests;

/// <summary>
/// Hosts the real server in memory on a fresh SQLite data directory with a fake clock. Tests share
/// one factory per class and isolate themselves by namespace. Subclasses override
/// <see cref="ConfigureWebHost"/> (calling the base first) to change settings or services.
/// With <c>ROUTEAPI_TEST_BACKEND=etcd</c> (test.sh's second run of the HTTP suites) the server
/// runs on etcd instead: on the run's shared member under a key prefix of its own, or on a member
/// of its own when <see cref="NeedsOwnEtcd"/> says so.
/// </summary>
public class RouteApiFactory : WebApplicationFactory<Program>
{
    /// <summary>The instant the fake clock starts at.</summary>
    public static readonly DateTimeOffset Start = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    /// <summary>The environment variable that selects the backend: unset or <c>sqlite</c>, or <c>etcd</c>.</summary>
    public const string BackendVariable = "ROUTEAPI_TEST_BACKEND";

    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "routeapi-tests-" + Guid.NewGuid().ToString("N"));
    private readonly string _storagePrefix = UsesEtcd ? "/routeapi-tests-" + Guid.NewGuid().ToString("N") : "/registry";
    private EtcdCluster? _etcd;
    private int _disposeStarted;

    /// <summary>The bearer token of the test's cluster-admin (group system:masters); every client the factory makes sends it.</summary>
    public const string AdminToken = "admin-token-for-tests";

    public FakeTimeProvider Time { get; } = new(Start);

    public string DataDir => _dataDir;

    /// <summary>The key prefix of the server's objects (<c>--etcd-prefix</c>; <c>/registry</c> on SQLite), as storage errors name keys.</summary>
    public string StoragePrefix => _storagePrefix;

    /// <summary>
    /// True for factories whose tests compact the store or count revisions one by one: etcd's
    /// revision and compaction are global to the cluster, so they get a member of their own rather
    /// than see other factories' writes.
    /// </summary>
    protected virtual bool NeedsOwnEtcd => false;

    /// <summary>True when the server runs on etcd (<see cref="BackendVariable"/> is <c>etcd</c>).</summary>
    public static bool UsesEtcd => string.Equals(Environment.GetEnvironmentVariable(BackendVariable), "etcd", StringComparison.OrdinalIgnoreCase);

    /// <summary>The token of user <c>editor</c> (group <c>editors</c>), bound to the <c>edit</c> role cluster-wide.</summary>
    public const string EditorToken = "editor-token-for-tests";

    /// <summary>The token file; subclasses add users with <see cref="TokenLines"/>.</summary>
    public string TokenFilePath => Path.Combine(_dataDir, "test-tokens.csv");

    /// <summary>The policy file; subclasses add bindings with <see cref="PolicyYaml"/>.</summary>
    public string PolicyFilePath => Path.Combine(_dataDir, "test-policy.yaml");

    /// <summary>A client that authenticates with <paramref name="token"/> instead of the admin token.</summary>
    public HttpClient CreateClient(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>The lines of the token file: the admin and the editor, plus whatever a subclass adds.</summary>
    protected virtual IEnumerable<string> TokenLines() =>
    [
        AdminToken + ",admin,admin-uid,\"system:masters\"",
        EditorToken + ",editor,editor-uid,\"editors\"",
    ];

    /// <summary>The policy file's content: group <c>editors</c> may edit everywhere.</summary>
    protected virtual string PolicyYaml() => """
        bindings:
        - subjects: [{kind: Group, name: editors}]
          role: edit
        """;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_dataDir);
        File.WriteAllLines(TokenFilePath, TokenLines());
        File.WriteAllText(PolicyFilePath, PolicyYaml());
        builder.UseSetting("RouteApi:DataDir", _dataDir);
        if (UsesEtcd)
        {
            builder.UseSetting("Storage:Backend", "etcd");
            builder.UseSetting("Storage:Prefix", _storagePrefix);
            builder.UseSetting("Storage:EtcdServers", NeedsOwnEtcd ? OwnEtcd().ClientUrls : SharedEtcd.ClientUrls);
        }
        builder.UseSetting("Security:TokenAuthFile", TokenFilePath);
        builder.UseSetting("Security:AuthorizationPolicyFile", PolicyFilePath);

        // The fan-out tests open hundreds of watches as one user; the limit has its own tests.
        builder.UseSetting("Security:MaxWatchesPerUser", "10000");

        // Tests move the fake clock by minutes; the compactor would then write its claim key and
        // move the revision under them. Compaction has its own tests in RouteApi.Storage.Tests.
        builder.UseSetting("Compaction:Interval", "00:00:00");

        // A read for a revision the store never reaches waits this long before its 504. Every
        // consistent read waits for the cache to reach the store's revision too, so the limit must
        // stay well above what a loaded 2-core CI machine needs for that (200 ms was not).
        builder.UseSetting("WatchCache:RevisionWaitLimit", "00:00:01.500");

        // The shutdown delay waits on the (fake) clock, so every factory's disposal would hang for
        // the grace period; the delay has its own tests against a real server process.
        builder.UseSetting("Shutdown:DelayDuration", "00:00:00");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Time));
    }

    private EtcdCluster OwnEtcd() =>
        // ConfigureWebHost is synchronous; start etcd off the test's synchronization context.
        _etcd ??= Task.Run(() => EtcdCluster.StartAsync(1, CancellationToken.None)).GetAwaiter().GetResult();

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", AdminToken);
    }

    /// <summary>
    /// Stops the host and removes what the factory made. A failure here is not a test result:
    /// xunit reports a throwing class fixture only as a bare <c>TestPipelineException</c> that fails
    /// the whole run, and two fresh-clone runs lost that way (ForbiddenTests, DeleteTests, neither
    /// reproducible since). So the failure is written out in full, to standard error and to
    /// <c>fixture-cleanup-failures.log</c> next to the test assembly, and the run goes on. Shutdown
    /// itself is covered by tests of its own (graceful shutdown against real server processes).
    /// </summary>
    public override async ValueTask DisposeAsync()
    {
        // Once only: after a failed stop the base class has not marked itself disposed, and its
        // Dispose would stop the half-disposed host again (and fail again, differently).
        if (Interlocked.Exchange(ref _disposeStarted, 1) != 0)
        {
            return;
        }

        try
        {
            await base.DisposeAsync();
        }
        catch (Exception exception)
        {
            await ReportCleanupFailureAsync(exception);
            try
            {
                // The base class skipped its Dispose(true) when the stop threw: still remove the
                // etcd member and the data directory (the base's part returns at once now).
                Dispose(disposing: true);
            }
            catch (Exception cleanup)
            {
                await ReportCleanupFailureAsync(cleanup);
            }
        }

        GC.SuppressFinalize(this);
    }

    private async Task ReportCleanupFailureAsync(Exception exception)
    {
        var report = $"{DateTimeOffset.UtcNow:O} {GetType().FullName} cleanup failed: {exception}{Environment.NewLine}";
        await Console.Error.WriteAsync(report);
        await File.AppendAllTextAsync(Path.Combine(AppContext.BaseDirectory, "fixture-cleanup-failures.log"), report);
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

        DeleteDataDirectory();
    }

    // A recursive delete that races the last file change of a store closing on another thread (SQLite
    // removing its -wal/-shm files) fails with "directory not empty"; the next attempt finds the
    // directory settled. A class fixture whose cleanup throws fails the whole test run.
    private void DeleteDataDirectory()
    {
        for (var attempt = 1; Directory.Exists(_dataDir); attempt++)
        {
            try
            {
                Directory.Delete(_dataDir, recursive: true);
            }
            catch (IOException) when (attempt < 5)
            {
                Thread.Sleep(100 * attempt);
            }
        }
    }
}
