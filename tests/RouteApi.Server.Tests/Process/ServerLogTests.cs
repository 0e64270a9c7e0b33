using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RouteApi.Server.Tests.Process;

/// <summary>What the real server writes to its console: the JSON format, the request lines, and no secrets.</summary>
public sealed class ServerLogTests : IDisposable
{
    private const string QuerySecret = "query-secret-that-must-not-be-logged";
    private const string WrongToken = "wrong-token-that-must-not-be-logged";

    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "routeapi-logs-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task JsonFormat_WritesOneParseableObjectPerLine()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await ServerProcess.StartAsync(_dataDir, ct, "--log-format", "json");
        using var client = server.CreateClient();

        // A failed read logs its request line at the default level (a successful one at Debug).
        await client.GetAsync("/apis/route.openshift.io/v1/namespaces/logs/routes/absent", ct);
        await server.WaitForOutputAsync("\"Category\":\"RouteApi.Server.Security.AuditMiddleware\"", ct);

        var lines = server.Output.Split('\n').Where(l => l.Length > 0).ToList();
        Assert.All(lines, line =>
        {
            var entry = JsonNode.Parse(line)!;
            Assert.NotNull(entry["Timestamp"]);
            Assert.NotNull(entry["LogLevel"]);
            Assert.NotNull(entry["Category"]);
            Assert.NotNull(entry["Message"]);
        });
    }

    [Fact]
    public async Task JsonRequestLine_CarriesTheRequestIdAndUser()
    {
        var ct = TestContext.Current.CancellationToken;
        // Successful reads log at Debug.
        await using var server = await ServerProcess.StartAsync(_dataDir, ct, "--log-format", "json", "--log-level", "Debug");
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/apis/route.openshift.io/v1/namespaces/logs/routes");
        request.Headers.Add("X-Request-Id", "request-id-from-client");

        var response = await client.SendAsync(request, ct);

        Assert.Equal("request-id-from-client", Assert.Single(response.Headers.GetValues("Audit-ID")));
        var line = JsonNode.Parse(await server.WaitForOutputAsync("Request request-id-from-client ", ct))!;
        Assert.Equal("RouteApi.Server.Security.AuditMiddleware", line["Category"]!.GetValue<string>());
        Assert.Equal("request-id-from-client", line["State"]!["RequestId"]!.GetValue<string>());
        Assert.Equal("admin", line["State"]!["User"]!.GetValue<string>());
        Assert.Equal("list", line["State"]!["Verb"]!.GetValue<string>());
        Assert.Equal(200, line["State"]!["Code"]!.GetValue<int>());
    }

    [Fact]
    public async Task FailedRead_LogsItsRequestLineAtTheDefaultLevel_SuccessfulReadDoesNot()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await ServerProcess.StartAsync(_dataDir, ct, "--log-format", "json");
        using var client = server.CreateClient();
        using var found = new HttpRequestMessage(HttpMethod.Get, "/apis/route.openshift.io/v1/namespaces/logs/routes");
        found.Headers.Add("X-Request-Id", "successful-read");
        using var missing = new HttpRequestMessage(HttpMethod.Get, "/apis/route.openshift.io/v1/namespaces/logs/routes/absent");
        missing.Headers.Add("X-Request-Id", "failed-read");

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(found, ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(missing, ct)).StatusCode);

        var line = JsonNode.Parse(await server.WaitForOutputAsync("Request failed-read ", ct))!;
        Assert.Equal("Information", line["LogLevel"]!.GetValue<string>());
        Assert.Equal(404, line["State"]!["Code"]!.GetValue<int>());
        Assert.DoesNotContain("successful-read", server.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_WithoutClientId_GetsAnIdInTheResponseAndItsAuditLine()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await ServerProcess.StartAsync(_dataDir, ct);
        using var client = server.CreateClient();

        var response = await client.PostAsync("/apis/route.openshift.io/v1/namespaces/logs/routes", Json(RouteJson("audited", tls: null)), ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = Assert.Single(response.Headers.GetValues("Audit-ID"));
        Assert.True(Guid.TryParse(id, out _), id);
        var line = await server.WaitForOutputAsync("Audit " + id + " ", ct);
        Assert.Contains("user=admin verb=create resource=routes namespace=logs name=audited code=201", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    public async Task RequestsCarryingSecrets_NeverLogThem(string format)
    {
        var ct = TestContext.Current.CancellationToken;
        var (_, certificate, key) = TestCertificates.CaAndServing("127.0.0.1");
        await using var server = await ServerProcess.StartAsync(_dataDir, ct, "--log-format", format, "--log-level", "Debug");
        using var client = server.CreateClient();
        using var stranger = server.CreateClient(WrongToken);

        var created = await client.PostAsync("/apis/route.openshift.io/v1/namespaces/logs/routes", Json(RouteJson("tls", new JsonObject
        {
            ["termination"] = "edge",
            ["certificate"] = certificate,
            ["key"] = key,
        })), ct);
        var read = await client.GetAsync("/apis/route.openshift.io/v1/namespaces/logs/routes/tls?access_token=" + QuerySecret, ct);
        var refused = await stranger.GetAsync("/apis/route.openshift.io/v1/routes?token=" + QuerySecret, ct);
        await client.GetAsync("/livez", ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        await server.WaitForOutputAsync("path=/livez", ct);
        var logged = Decoded(server.Output, format);
        Assert.Contains("verb=create resource=routes namespace=logs name=tls code=201", logged, StringComparison.Ordinal);
        Assert.Contains("user=system:anonymous verb= method=GET path=/apis/route.openshift.io/v1/routes code=401", logged, StringComparison.Ordinal);
        Assert.DoesNotContain(ServerProcess.AdminToken, logged, StringComparison.Ordinal);
        Assert.DoesNotContain(WrongToken, logged, StringComparison.Ordinal);
        Assert.DoesNotContain(QuerySecret, logged, StringComparison.Ordinal);
        Assert.DoesNotContain("PRIVATE KEY", logged, StringComparison.Ordinal);
        Assert.All(PemBody(key), line => Assert.DoesNotContain(line, logged, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataDir))
        {
            Directory.Delete(_dataDir, recursive: true);
        }
    }

    private static StringContent Json(JsonObject route) => new(route.ToJsonString(), Encoding.UTF8, "application/json");

    private static JsonObject RouteJson(string name, JsonObject? tls)
    {
        var spec = new JsonObject { ["host"] = name + ".logs.example.com", ["to"] = new JsonObject { ["kind"] = "Service", ["name"] = "web" } };
        if (tls is not null)
        {
            spec["tls"] = tls;
        }

        return new JsonObject { ["metadata"] = new JsonObject { ["name"] = name }, ["spec"] = spec };
    }

    private static IEnumerable<string> PemBody(string pem) => pem.Split('\n').Where(l => l.Length > 0 && !l.StartsWith("-----", StringComparison.Ordinal));

    /// <summary>The log as text; JSON lines are decoded, so an escaped secret (<c>\u002B</c> for <c>+</c>) is still found.</summary>
    private static string Decoded(string output, string format) => format == "text"
        ? output
        : string.Join('\n', output.Split('\n').Where(l => l.Length > 0).SelectMany(l => Strings(JsonNode.Parse(l))));

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value).Prepend(p.Key)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => [v.GetValue<string>()],
        JsonValue v => [v.ToJsonString()],
        _ => [],
    };
}
