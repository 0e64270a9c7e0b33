using System.Net;
using RouteApi.Server.Tests.Endpoints;

namespace RouteApi.Server.Tests.Process;

/// <summary>Two server processes on one etcd behave as one API: each sees and streams the other's writes.</summary>
public sealed class EtcdReplicaTests(EtcdReplicasFixture replicas) : IClassFixture<EtcdReplicasFixture>
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Create_ThroughReplicaA_IsReadAndWatchedThroughReplicaB()
    {
        using var budget = NewBudget();
        using var httpA = replicas.A.CreateClient();
        using var httpB = StreamingClient(replicas.B);
        var ns = ApiPrefixes.NewNamespace();
        var a = new ApiClient(httpA);
        var b = new ApiClient(httpB);
        await using var watch = await WatchFeed.OpenAsync(httpB, RoutePaths.Collection(ApiPrefixes.Group, ns) + "?watch=true&timeoutSeconds=60", budget.Token);

        var created = await a.CreateAsync(ApiPrefixes.Group, ns, "web");
        var read = await b.GetAsync(RoutePaths.Item(ApiPrefixes.Group, ns, "web"));
        var watched = await watch.NextAsync(budget.Token);

        Assert.Equal(HttpStatusCode.OK, read.Code);
        Assert.Equal((string?)created["metadata"]!["uid"], read.Str("metadata.uid"));
        Assert.Equal((string?)created["metadata"]!["resourceVersion"], read.Str("metadata.resourceVersion"));
        Assert.NotNull(watched);
        Assert.Equal("ADDED web", watched.Summary);
        Assert.Equal((string?)created["metadata"]!["resourceVersion"], watched.ResourceVersion);
    }

    [Fact]
    public async Task Update_ThroughReplicaBWithResourceVersionReplicaAChanged_Returns409Conflict()
    {
        using var httpA = replicas.A.CreateClient();
        using var httpB = replicas.B.CreateClient();
        var ns = ApiPrefixes.NewNamespace();
        var a = new ApiClient(httpA);
        var b = new ApiClient(httpB);
        var path = RoutePaths.Item(ApiPrefixes.Group, ns, "web");
        await a.CreateAsync(ApiPrefixes.Group, ns, "web");
        var seenByB = (await b.GetAsync(path)).Str("metadata.resourceVersion");
        await a.MergePatchAsync(path, """{"metadata":{"labels":{"changed":"by-a"}}}""");

        var response = await b.PutAsync(path, """{"metadata":{"name":"web","resourceVersion":"RV","labels":{"changed":"by-b"}},"spec":{"to":{"name":"svc"}}}""".Replace("RV", seenByB, StringComparison.Ordinal));

        StatusAssert.Failure(response, HttpStatusCode.Conflict, "Conflict");
        Assert.Equal("by-a", (await a.GetAsync(path)).Str("metadata.labels.changed"));
    }

    private static HttpClient StreamingClient(ServerProcess server) => new() { BaseAddress = server.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };

    private static CancellationTokenSource NewBudget()
    {
        var budget = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        budget.CancelAfter(Budget);
        return budget;
    }
}
