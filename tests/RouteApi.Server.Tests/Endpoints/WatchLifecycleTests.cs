using Microsoft.Extensions.DependencyInjection;
using RouteApi.Core.Model;
using RouteApi.Storage.Caching;

namespace RouteApi.Server.Tests.Endpoints;

/// <summary>How a watch ends (timeoutSeconds, client disconnect) and when bookmarks come; the clock is the factory's fake one.</summary>
public sealed class WatchLifecycleTests(WatchLifecycleFactory factory) : IClassFixture<WatchLifecycleFactory>
{
    private readonly ApiClient _api = new(factory.CreateClient());

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Watch_TimeoutSeconds_StreamsUntilTheDeadlineThenEnds(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await using var watch = await WatchStream.OpenAsync(_api.Http, RoutePaths.Collection(prefix, ns) + "?watch=true&timeoutSeconds=30");
        factory.Time.Advance(TimeSpan.FromSeconds(29));
        await _api.CreateAsync(prefix, ns, "web");
        Assert.Equal("ADDED web", (await watch.NextAsync()).Summary);

        factory.Time.Advance(TimeSpan.FromSeconds(1));

        await watch.AssertEndedAsync();
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Watch_TimeoutWithBookmarks_SendsBookmarkTwoSecondsBeforeTheDeadline(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "a");
        await using var watch = await WatchStream.OpenAsync(_api.Http,
            RoutePaths.Collection(prefix, ns) + "?watch=true&allowWatchBookmarks=true&timeoutSeconds=30&resourceVersion=" + RouteJson.Revision(created));
        factory.Time.Advance(TimeSpan.FromSeconds(27));
        var latest = await _api.CreateAsync(prefix, ns, "b");
        Assert.Equal("ADDED b", (await watch.NextAsync()).Summary);

        factory.Time.Advance(TimeSpan.FromSeconds(1));

        var bookmark = await watch.NextAsync();
        Assert.Equal("BOOKMARK", bookmark.Type);
        Assert.Equal(RouteJson.Revision(latest), bookmark.Revision);
        Assert.Equal("Route", bookmark.Str("kind"));
        Assert.Equal(ApiPrefixes.ApiVersionOf(prefix), bookmark.Str("apiVersion"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Watch_TimeoutWithBookmarks_EndsRightAfterTheLastBookmark(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "a");
        await using var watch = await WatchStream.OpenAsync(_api.Http,
            RoutePaths.Collection(prefix, ns) + "?watch=true&allowWatchBookmarks=true&timeoutSeconds=30&resourceVersion=" + RouteJson.Revision(created));
        factory.Time.Advance(TimeSpan.FromSeconds(28));
        Assert.Equal("BOOKMARK", (await watch.NextAsync()).Type);

        factory.Time.Advance(TimeSpan.FromSeconds(2));

        await watch.AssertEndedAsync();
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Watch_AllowWatchBookmarks_GetsAPeriodicBookmarkAtTheCurrentRevision(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "a");
        await using var watch = await WatchStream.OpenAsync(_api.Http,
            RoutePaths.Collection(prefix, ns) + "?watch=true&allowWatchBookmarks=true&resourceVersion=" + RouteJson.Revision(created));

        factory.Time.Advance(WatchLifecycleFactory.BookmarkInterval);

        var bookmark = await watch.NextAsync();
        Assert.Equal("BOOKMARK", bookmark.Type);
        Assert.Equal(RouteJson.Revision(created), bookmark.Revision);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Watch_WithoutAllowWatchBookmarks_GetsNoPeriodicBookmark(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "a");
        await using var watch = await WatchStream.OpenAsync(_api.Http, RoutePaths.Collection(prefix, ns) + "?watch=true&resourceVersion=" + RouteJson.Revision(created));

        factory.Time.Advance(WatchLifecycleFactory.BookmarkInterval);
        await _api.CreateAsync(prefix, ns, "b");

        Assert.Equal("ADDED b", (await watch.NextAsync()).Summary);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Watch_ClientDisconnects_FreesItsWatcher(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var cache = factory.Services.GetRequiredService<WatchCache<Route>>();
        var before = cache.WatcherCount;
        var id = Guid.NewGuid().ToString("N");
        var watch = await WatchStream.OpenAsync(_api.Http, RoutePaths.Collection(prefix, ns) + "?watch=true",
            configure: request => request.Headers.Add(RequestEnds.HeaderName, id));
        Assert.Equal(before + 1, cache.WatcherCount);

        await watch.DisposeAsync();
        await factory.RequestEnds.WhenEnded(id).WaitAsync(WatchStream.EventTimeout, TestContext.Current.CancellationToken);

        Assert.Equal(before, cache.WatcherCount);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Watch_ServerStops_EndsTheStream(string prefix)
    {
        await using var server = new RouteApiFactory();
        var api = new ApiClient(server.CreateClient());
        var ns = ApiPrefixes.NewNamespace();
        await api.CreateAsync(prefix, ns, "web");
        await using var watch = await WatchStream.OpenAsync(api.Http, RoutePaths.Collection(prefix, ns) + "?watch=true");
        Assert.Equal("ADDED web", (await watch.NextAsync()).Summary);

        var stopping = server.DisposeAsync().AsTask();

        await watch.AssertEndedAsync();
        await stopping.WaitAsync(WatchStream.EventTimeout, TestContext.Current.CancellationToken);
    }
}
