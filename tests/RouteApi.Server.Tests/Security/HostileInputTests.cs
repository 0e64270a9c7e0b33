using System.Net;
using System.Text.Json.Nodes;
using RouteApi.Server.Tests.Endpoints;

namespace RouteApi.Server.Tests.Security;

/// <summary>
/// At least 2,000 generated hostile requests (seeded, so reproducible) against the in-memory
/// server: every answer must be a 4xx with a Status body within a deadline, the server must stay
/// up, and the stored data must be byte for byte what it was.
/// </summary>
public sealed class HostileInputTests(SecurityFactory factory) : IClassFixture<SecurityFactory>
{
    public const string Namespace = "hostile";

    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData(20261127)]
    [InlineData(6)]
    public async Task HostileRequests_AllAnswer4xxStatusAndChangeNothing(int seed)
    {
        var admin = new ApiClient(factory.CreateClient());
        await SeedAsync(admin);
        var before = await SnapshotAsync(admin);
        var requests = new HostileRequests(seed, Namespace).Generate();

        var failures = await HostileRunner.RunAsync(factory.Server, requests, Deadline, maxParallel: 4);

        Assert.True(requests.Count >= 1000, $"only {requests.Count} requests per seed");
        var errors = factory.Logs.Entries.Where(e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error).Select(e => e.Exception ?? e.Message).Take(3);
        Assert.True(failures.Count == 0, $"{failures.Count} of {requests.Count} hostile requests were not answered with a 4xx Status:\n"
            + string.Join("\n", failures.Take(25)) + "\nserver errors:\n" + string.Join("\n", errors));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/healthz")).Code);
        Assert.Equal(before, await SnapshotAsync(admin));
    }

    /// <summary>Everything stored, as the server lists it (objects and the list's resourceVersion), on both prefixes.</summary>
    private static async Task<string> SnapshotAsync(ApiClient admin)
    {
        var group = await admin.GetAsync(ApiPrefixes.Group + "/routes");
        var legacy = await admin.GetAsync(ApiPrefixes.Legacy + "/routes");
        Assert.Equal(HttpStatusCode.OK, group.Code);
        Assert.Equal(HttpStatusCode.OK, legacy.Code);
        return group.Body + "\n" + legacy.Body;
    }

    private static async Task SeedAsync(ApiClient admin)
    {
        if ((await admin.GetAsync(RoutePaths.Item(ApiPrefixes.Group, Namespace, HostileRequests.Keeper))).Code == HttpStatusCode.OK)
        {
            return;
        }

        await admin.CreateAsync(ApiPrefixes.Group, Namespace, HostileRequests.Keeper, """{"host":"keeper.example.com","to":{"name":"svc"}}""", ",\"labels\":{\"app\":\"web\"}");
        await admin.CreateAsync(ApiPrefixes.Group, Namespace, "second", """{"subdomain":"second","to":{"name":"svc","weight":5}}""");
        await admin.CreateAsync(ApiPrefixes.Legacy, SecurityFactory.Own, "owned", """{"to":{"name":"svc"}}""");
        var status = await admin.PatchAsync(RoutePaths.Status(ApiPrefixes.Group, Namespace, HostileRequests.Keeper),
            """{"status":{"ingress":[{"host":"keeper.example.com","routerName":"default","conditions":[{"type":"Admitted","status":"True"}]}]}}""", "application/merge-patch+json");
        Assert.Equal(HttpStatusCode.OK, status.Code);
        _ = JsonNode.Parse(status.Body);
    }
}
