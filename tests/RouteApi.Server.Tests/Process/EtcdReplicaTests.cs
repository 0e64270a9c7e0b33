using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using RouteApi.Server.Tests.Endpoints;

namespace RouteApi.Server.Tests.Process;

/// <summary>
/// Two server processes on one etcd behave as one API: each sees and streams the other's writes,
/// optimistic concurrency holds across them, and they share compaction rounds instead of each
/// compacting on its own.
/// </summary>
public sealed partial class EtcdReplicaTests(EtcdReplicasFixture replicas) : IClassFixture<EtcdReplicasFixture>
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(30);

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

    [Fact]
    public async Task Watch_ThroughReplicaB_StreamsReplicaAWritesInOrder()
    {
        using var budget = NewBudget();
        using var httpA = replicas.A.CreateClient();
        using var httpB = StreamingClient(replicas.B);
        var ns = ApiPrefixes.NewNamespace();
        var a = new ApiClient(httpA);
        var path = RoutePaths.Item(ApiPrefixes.Group, ns, "web");
        await using var watch = await WatchFeed.OpenAsync(httpB, RoutePaths.Collection(ApiPrefixes.Group, ns) + "?watch=true&timeoutSeconds=60", budget.Token);

        var written = new List<string?> { (string?)(await a.CreateAsync(ApiPrefixes.Group, ns, "web"))["metadata"]!["resourceVersion"] };
        for (var i = 1; i <= 5; i++)
        {
            written.Add((string?)(await a.MergePatchAsync(path, "{\"metadata\":{\"labels\":{\"step\":\"s" + i.ToString(CultureInfo.InvariantCulture) + "\"}}}"))["metadata"]!["resourceVersion"]);
        }

        await a.DeleteRouteAsync(path);
        var watched = new List<WatchEvent>();
        while (watched.Count < written.Count + 1 && await watch.NextAsync(budget.Token) is { } next)
        {
            watched.Add(next);
        }

        Assert.Equal(["ADDED web", .. Enumerable.Repeat("MODIFIED web", 5), "DELETED web"], watched.Select(e => e.Summary));
        Assert.Equal(written, watched.SkipLast(1).Select(e => e.ResourceVersion));
        Assert.True(watched[^1].Revision > watched[^2].Revision, "the delete came before the last update");
    }

    /// <summary>
    /// Each round the claiming replica compacts to the revision the previous round recorded in the
    /// shared claim key (<c>/registry/compact_rev_key</c>) and records the current one. Sorted by
    /// target, the compactions of both replicas therefore form one chain, each starting where the
    /// one before recorded; a replica compacting on its own, or two compacting in one round, would
    /// break it.
    /// </summary>
    [Fact]
    public async Task Compaction_TwoReplicasOnOneEtcd_OneReplicaCompactsPerRoundThroughTheSharedClaimKey()
    {
        using var budget = NewBudget();
        using var httpA = replicas.A.CreateClient();
        using var httpB = replicas.B.CreateClient();
        var ns = ApiPrefixes.NewNamespace();
        var clients = new[] { new ApiClient(httpA), new ApiClient(httpB) };
        var seen = Compactions().Count;

        // Writes keep the revision moving, through both replicas, until three more rounds compacted.
        for (var i = 0; Compactions().Count < seen + 3; i++)
        {
            await clients[i % 2].CreateAsync(ApiPrefixes.Group, ns, $"r{i}");
            await Task.Delay(TimeSpan.FromMilliseconds(200), budget.Token);
        }

        var compactions = Compactions();
        var claim = await replicas.Etcd.GetValueAsync("/registry/compact_rev_key", budget.Token);

        Assert.Equal(compactions.Count, compactions.Select(c => c.Target).Distinct().Count());
        Assert.All(compactions.Zip(compactions.Skip(1)), pair => Assert.Equal(pair.First.Current, pair.Second.Target));
        Assert.NotNull(claim);
        Assert.True(long.Parse(claim, CultureInfo.InvariantCulture) >= compactions[^1].Current, $"claim {claim} is behind the last compaction {compactions[^1]}");
    }

    private static HttpClient StreamingClient(ServerProcess server)
    {
        var client = server.CreateClient();
        client.Timeout = Timeout.InfiniteTimeSpan;
        return client;
    }

    /// <summary>Every compaction either replica logged, ordered by the revision it compacted to.</summary>
    private List<(long Target, long Current)> Compactions() =>
        [.. new[] { replicas.A, replicas.B }
            .SelectMany(server => CompactedLine().Matches(server.Output))
            .Select(m => (long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), long.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)))
            .OrderBy(c => c.Item1)];

    [GeneratedRegex(@"Compacted storage history up to revision (\d+) \(current revision (\d+)\)")]
    private static partial Regex CompactedLine();

    private static CancellationTokenSource NewBudget()
    {
        var budget = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        budget.CancelAfter(Budget);
        return budget;
    }
}
