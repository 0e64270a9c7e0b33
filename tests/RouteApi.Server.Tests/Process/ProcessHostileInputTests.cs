using System.Net;
using System.Text;
using RouteApi.Server.Tests.Security;

namespace RouteApi.Server.Tests.Process;

/// <summary>
/// A slice of the hostile-input suite against the real server process, where Kestrel parses the
/// raw request (dot segments, percent-encodings, size limits) before the middleware sees it.
/// </summary>
public sealed class ProcessHostileInputTests : IDisposable
{
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "routeapi-hostile-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task HostileRequests_OverKestrel_AllAnswer4xxStatusAndChangeNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        Directory.CreateDirectory(_dataDir);
        var tokens = Path.Combine(_dataDir, "hostile-tokens.csv");
        File.WriteAllText(tokens, $"{RouteApiFactory.AdminToken},admin,admin-uid,\"system:masters\"\nview-token,vera,vera-uid\n");
        await using var server = await ServerProcess.StartAsync(_dataDir, ct, "--token-auth-file", tokens);
        using var http = server.CreateClient(RouteApiFactory.AdminToken);
        await SeedAsync(http, ct);
        var before = await SnapshotAsync(http, ct);
        var requests = new HostileRequests(27, HostileInputTests.Namespace).Generate().Where((_, i) => i % 10 == 0).Concat(KestrelLevel()).ToList();
        using var hostile = server.CreateClient(null);

        var failures = await HostileRunner.RunAsync(hostile, requests, TimeSpan.FromSeconds(10), maxParallel: 4);

        Assert.True(failures.Count == 0, $"{failures.Count} of {requests.Count} hostile requests were not answered with a 4xx Status:\n" + string.Join("\n", failures.Take(25)));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz", ct)).StatusCode);
        Assert.Equal(before, await SnapshotAsync(http, ct));
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataDir))
        {
            Directory.Delete(_dataDir, recursive: true);
        }
    }

    /// <summary>Requests whose raw form matters: dot segments Kestrel would resolve, sizes just over the middleware limits.</summary>
    private static IEnumerable<HostileRequest> KestrelLevel()
    {
        const string Collection = "/apis/route.openshift.io/v1/namespaces/hostile/routes";
        foreach (var dots in new[] { "..", "%2e%2e", "%2E%2E", ".%2e", "." })
        {
            yield return new HostileRequest("dot-segment", HttpMethod.Delete, $"{Collection}/{dots}");
            yield return new HostileRequest("dot-segment", HttpMethod.Delete, $"{Collection}/{HostileRequests.Keeper}/{dots}");
            yield return new HostileRequest("dot-segment", HttpMethod.Put, $"{Collection}/{dots}") { Body = Encoding.UTF8.GetBytes(HostileRequests.BaseJson("/apis/route.openshift.io/v1")), ContentType = "application/json" };
        }

        yield return new HostileRequest("long-url", HttpMethod.Get, Collection + "?labelSelector=" + new string('a', 9 * 1024));
        yield return new HostileRequest("long-header", HttpMethod.Get, Collection) { Headers = [new("X-Padding", new string('h', 40 * 1024))] };
        yield return new HostileRequest("long-token", HttpMethod.Get, Collection) { Token = new string('t', 20 * 1024) };
    }

    private static async Task SeedAsync(HttpClient http, CancellationToken ct)
    {
        var body = "{\"metadata\":{\"name\":\"keeper\",\"labels\":{\"app\":\"web\"}},\"spec\":{\"host\":\"keeper.example.com\",\"to\":{\"name\":\"svc\"}}}";
        using var response = await http.PostAsync("/apis/route.openshift.io/v1/namespaces/hostile/routes", new StringContent(body, Encoding.UTF8, "application/json"), ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private static async Task<string> SnapshotAsync(HttpClient http, CancellationToken ct) =>
        await http.GetStringAsync("/apis/route.openshift.io/v1/routes", ct) + await http.GetStringAsync("/oapi/v1/routes", ct);
}
