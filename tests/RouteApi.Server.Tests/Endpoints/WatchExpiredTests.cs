using System.Net;

namespace RouteApi.Server.Tests.Endpoints;

/// <summary>410 Expired for a watch: before streaming when the resourceVersion is older than the cache's history, and as an ERROR event once streaming.</summary>
public sealed class WatchExpiredTests(WatchExpiryFactory factory) : IClassFixture<WatchExpiryFactory>
{
    private readonly ApiClient _api = new(factory.CreateClient());

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Watch_ResourceVersionOlderThanHistory_Returns410ExpiredBeforeStreaming(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");
        var latest = await UpdateManyTimesAsync(prefix, ns, "web", WatchExpiryFactory.HistorySize + 1);
        await CacheReachedAsync(prefix, ns, latest);

        var response = await WatchStream.RejectedAsync(_api.Http, RoutePaths.Collection(prefix, ns) + "?watch=true&resourceVersion=" + RouteJson.Revision(created));

        StatusAssert.Failure(response, HttpStatusCode.Gone, "Expired",
            $"too old resource version: {RouteJson.Revision(created)} ({latest - WatchExpiryFactory.HistorySize})");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task WatchPath_ResourceVersionOlderThanHistory_Returns410ExpiredBeforeStreaming(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");
        var latest = await UpdateManyTimesAsync(prefix, ns, "web", WatchExpiryFactory.HistorySize + 1);
        await CacheReachedAsync(prefix, ns, latest);

        var response = await WatchStream.RejectedAsync(_api.Http, RoutePaths.WatchItem(prefix, ns, "web") + "?resourceVersion=" + RouteJson.Revision(created));

        var status = StatusAssert.Failure(response, HttpStatusCode.Gone, "Expired");
        Assert.StartsWith($"too old resource version: {RouteJson.Revision(created)} (", (string?)status["message"], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Watch_ResourceVersionAtStartOfHistory_ReplaysTheHeldEvents(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");
        var latest = await UpdateManyTimesAsync(prefix, ns, "web", WatchExpiryFactory.HistorySize + 1);
        var oldest = latest - WatchExpiryFactory.HistorySize;
        await CacheReachedAsync(prefix, ns, latest);

        await using var watch = await WatchStream.OpenAsync(_api.Http, RoutePaths.Collection(prefix, ns) + "?watch=true&resourceVersion=" + oldest);

        var events = await watch.NextAsync(WatchExpiryFactory.HistorySize);
        Assert.Equal(Enumerable.Range(1, WatchExpiryFactory.HistorySize).Select(i => oldest + i), events.Select(e => e.Revision));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Watch_CacheLosesStoreHistoryWhileStreaming_SendsOneExpiredErrorEvent(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");
        await using var watch = await WatchStream.OpenAsync(_api.Http, RoutePaths.Collection(prefix, ns) + "?watch=true");
        Assert.Equal("ADDED web", (await watch.NextAsync()).Summary);

        factory.Store.FailWatchesAsCompacted();

        var error = await watch.NextAsync();
        Assert.Equal("ERROR", error.Type);
        Assert.Equal("Status", error.Str("kind"));
        Assert.Equal("v1", error.Str("apiVersion"));
        Assert.Equal("Failure", error.Str("status"));
        Assert.Equal("Expired", error.Str("reason"));
        Assert.Equal(410, (int?)error.Object["code"]);
        Assert.Equal("The resourceVersion for the provided watch is too old.", error.Str("message"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Watch_CacheLosesStoreHistoryWhileStreaming_EndsTheStreamAfterTheErrorEvent(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");
        await using var watch = await WatchStream.OpenAsync(_api.Http, RoutePaths.Collection(prefix, ns) + "?watch=true");
        Assert.Equal("ADDED web", (await watch.NextAsync()).Summary);
        factory.Store.FailWatchesAsCompacted();
        Assert.Equal("ERROR", (await watch.NextAsync()).Type);

        await watch.AssertEndedAsync();
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Watch_AfterTheCacheRelisted_StreamsLiveEventsAgain(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await using (var first = await WatchStream.OpenAsync(_api.Http, RoutePaths.Collection(prefix, ns) + "?watch=true"))
        {
            factory.Store.FailWatchesAsCompacted();
            Assert.Equal("ERROR", (await first.NextAsync()).Type);
        }

        await using var watch = await WatchStream.OpenAsync(_api.Http, RoutePaths.Collection(prefix, ns) + "?watch=true");
        await _api.CreateAsync(prefix, ns, "web");

        Assert.Equal("ADDED web", (await watch.NextAsync()).Summary);
    }

    // A watch from N does not wait for the cache to reach N (nor does kube's), so each test first
    // lists at the latest resourceVersion: the watch cache serves that list once it has reached the
    // revision, and its history then holds the test's own writes. A list without a resourceVersion
    // would not do on etcd, where it reads etcd and the cache may still lag.
    private async Task CacheReachedAsync(string prefix, string ns, long revision) =>
        Assert.Equal(HttpStatusCode.OK, (await _api.GetAsync(RoutePaths.Collection(prefix, ns) + "?resourceVersion=" + revision)).Code);

    /// <summary>Changes the route's path <paramref name="count"/> times; returns the last resourceVersion.</summary>
    private async Task<long> UpdateManyTimesAsync(string prefix, string ns, string name, int count)
    {
        var revision = 0L;
        for (var i = 0; i < count; i++)
        {
            revision = RouteJson.Revision(await _api.MergePatchAsync(RoutePaths.Item(prefix, ns, name), "{\"spec\":{\"path\":\"/v" + i + "\"}}"));
        }

        return revision;
    }
}
