using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace RouteApi.Server.Tests.Process;

/// <summary>
/// Options reach the real server from <c>ROUTEAPI_*</c> variables and a <c>--config</c> file, and a
/// flag wins over both; seen through the host generated for a route without one (<c>--route-host-suffix</c>).
/// </summary>
public sealed class ServerConfigurationTests : IDisposable
{
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "routeapi-config-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task EnvironmentVariable_SetsTheOption()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await ServerProcess.StartAsync(_dataDir, new Dictionary<string, string> { ["ROUTEAPI_ROUTE_HOST_SUFFIX"] = "env.example.com" }, ct);

        var host = await GeneratedHostAsync(server, ct);

        Assert.Equal("web-conf.env.example.com", host);
    }

    [Fact]
    public async Task ConfigFile_SetsTheOption()
    {
        var ct = TestContext.Current.CancellationToken;
        var file = ConfigFile("route-host-suffix: file.example.com\ncompaction-interval: 10m\n");
        await using var server = await ServerProcess.StartAsync(_dataDir, ct, "--config", file);

        var host = await GeneratedHostAsync(server, ct);

        Assert.Equal("web-conf.file.example.com", host);
    }

    [Fact]
    public async Task Flag_BeatsEnvironmentVariable_WhichBeatsConfigFile()
    {
        var ct = TestContext.Current.CancellationToken;
        var file = ConfigFile("route-host-suffix: file.example.com\nmax-watches-per-user: 5\n");
        var environment = new Dictionary<string, string> { ["ROUTEAPI_CONFIG"] = file, ["ROUTEAPI_ROUTE_HOST_SUFFIX"] = "env.example.com" };
        await using var server = await ServerProcess.StartAsync(_dataDir, environment, ct, "--route-host-suffix", "flag.example.com");

        var host = await GeneratedHostAsync(server, ct);

        Assert.Equal("web-conf.flag.example.com", host);
    }

    [Fact]
    public async Task WrongConfigFile_StopsTheServerWithItsReason()
    {
        var file = ConfigFile("route-host-sufix: typo.example.com\n");

        var (exitCode, _, error) = await ServerProcess.RunToExitAsync(TestContext.Current.CancellationToken, "--config", file);

        Assert.Equal(1, exitCode);
        Assert.Contains("unknown option \"route-host-sufix\"", error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataDir))
        {
            Directory.Delete(_dataDir, recursive: true);
        }
    }

    private static async Task<string> GeneratedHostAsync(ServerProcess server, CancellationToken cancellationToken)
    {
        using var client = server.CreateClient();
        var route = new JsonObject
        {
            ["metadata"] = new JsonObject { ["name"] = "web" },
            ["spec"] = new JsonObject { ["to"] = new JsonObject { ["kind"] = "Service", ["name"] = "web" } },
        };
        var response = await client.PostAsync("/apis/route.openshift.io/v1/namespaces/conf/routes", new StringContent(route.ToJsonString(), Encoding.UTF8, "application/json"), cancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!["spec"]!["host"]!.GetValue<string>();
    }

    private string ConfigFile(string text)
    {
        Directory.CreateDirectory(_dataDir);
        var path = Path.Combine(_dataDir, "config.yaml");
        File.WriteAllText(path, text);
        return path;
    }
}
