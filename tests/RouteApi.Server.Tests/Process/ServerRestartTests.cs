using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace RouteApi.Server.Tests.Process;

public sealed class ServerRestartTests : IDisposable
{
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "routeapi-restart-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Restart_AfterSigkill_KeepsEveryAcknowledgedWrite()
    {
        var ct = TestContext.Current.CancellationToken;
        var acknowledged = new Dictionary<string, string>();
        var deleted = new List<string>();
        await using (var server = await ServerProcess.StartAsync(_dataDir, ct))
        {
            using var client = server.CreateClient();
            var creates = Enumerable.Range(0, 40).Select(i => CreateAsync(client, $"r{i}", ct)).ToArray();
            foreach (var (name, rv) in await Task.WhenAll(creates))
            {
                acknowledged[name] = rv;
            }

            acknowledged["r0"] = await RelabelAsync(client, "r0", acknowledged["r0"], ct);
            Assert.Equal(HttpStatusCode.OK, (await client.DeleteAsync(RoutePath("r1"), ct)).StatusCode);
            acknowledged.Remove("r1");
            deleted.Add("r1");

            await server.KillAsync();
        }

        await using var restarted = await ServerProcess.StartAsync(_dataDir, ct);
        using var again = restarted.CreateClient();
        var list = JsonNode.Parse(await again.GetStringAsync("/apis/route.openshift.io/v1/namespaces/crash/routes", ct))!;
        var found = list["items"]!.AsArray().ToDictionary(i => i!["metadata"]!["name"]!.GetValue<string>(), i => i!["metadata"]!["resourceVersion"]!.GetValue<string>());
        Assert.Equal(acknowledged.OrderBy(p => p.Key), found.OrderBy(p => p.Key));
        Assert.DoesNotContain(deleted, found.ContainsKey);
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataDir))
        {
            Directory.Delete(_dataDir, recursive: true);
        }
    }

    private static string RoutePath(string name) => "/apis/route.openshift.io/v1/namespaces/crash/routes/" + name;

    private static async Task<(string Name, string ResourceVersion)> CreateAsync(HttpClient client, string name, CancellationToken ct)
    {
        var body = "{\"metadata\":{\"name\":\"" + name + "\"},\"spec\":{\"to\":{\"name\":\"svc\"}}}";
        using var response = await client.PostAsync("/apis/route.openshift.io/v1/namespaces/crash/routes", Json(body), ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = JsonNode.Parse(await response.Content.ReadAsStringAsync(ct))!;
        return (name, created["metadata"]!["resourceVersion"]!.GetValue<string>());
    }

    private static async Task<string> RelabelAsync(HttpClient client, string name, string resourceVersion, CancellationToken ct)
    {
        var body = "{\"metadata\":{\"name\":\"" + name + "\",\"resourceVersion\":\"" + resourceVersion + "\",\"labels\":{\"v\":\"2\"}},\"spec\":{\"to\":{\"name\":\"svc\"}}}";
        using var response = await client.PutAsync(RoutePath(name), Json(body), ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(ct))!["metadata"]!["resourceVersion"]!.GetValue<string>();
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
