using System.Net;

namespace RouteApi.Server.Tests.Endpoints;

/// <summary>resourceVersion semantics of GET and LIST: consistent when unset, any cached state for "0", not older than N, exact N from the store.</summary>
public sealed class ReadResourceVersionTests(RouteApiFactory factory) : IClassFixture<RouteApiFactory>
{
    private readonly ApiClient _api = new(factory.CreateClient());

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Get_ResourceVersionUnset_SeesTheWriteMadeJustBefore(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");
        var updated = await _api.MergePatchAsync(RoutePaths.Item(prefix, ns, "web"), """{"spec":{"path":"/v2"}}""");

        var response = await _api.GetAsync(RoutePaths.Item(prefix, ns, "web"));

        Assert.Equal("/v2", response.Str("spec.path"));
        Assert.Equal((string?)updated["metadata"]!["resourceVersion"], response.Str("metadata.resourceVersion"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_ResourceVersionUnset_SeesTheWriteMadeJustBefore(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "a");
        var created = await _api.CreateAsync(prefix, ns, "b");

        var response = await _api.GetAsync(RoutePaths.Collection(prefix, ns));

        Assert.Equal(["a", "b"], response.ItemNames());
        Assert.True(long.Parse(response.Str("metadata.resourceVersion")!, System.Globalization.CultureInfo.InvariantCulture) >= RouteJson.Revision(created), response.Body);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Get_ResourceVersionZero_ReturnsTheCachedRoute(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");
        await _api.GetAsync(RoutePaths.Item(prefix, ns, "web"));

        var response = await _api.GetAsync(RoutePaths.Item(prefix, ns, "web") + "?resourceVersion=0");

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal((string?)created["metadata"]!["resourceVersion"], response.Str("metadata.resourceVersion"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_ResourceVersionZeroWithLimit_ReturnsEverythingFromTheCacheWithoutContinue(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "a");
        await _api.CreateAsync(prefix, ns, "b");
        await _api.GetAsync(RoutePaths.Collection(prefix, ns));

        var response = await _api.GetAsync(RoutePaths.Collection(prefix, ns) + "?resourceVersion=0&limit=1");

        Assert.Equal(["a", "b"], response.ItemNames());
        Assert.Null(response.Node("metadata.continue"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Get_ResourceVersionOfTheCurrentState_ReturnsTheRoute(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");
        var updated = await _api.MergePatchAsync(RoutePaths.Item(prefix, ns, "web"), """{"spec":{"path":"/v2"}}""");

        var response = await _api.GetAsync(RoutePaths.Item(prefix, ns, "web") + "?resourceVersion=" + RouteJson.Revision(updated));

        Assert.Equal("/v2", response.Str("spec.path"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Get_FutureResourceVersion_Returns504WithRetryAfterOne(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");
        var future = RouteJson.Revision(created) + 1_000;

        var response = await _api.GetAsync(RoutePaths.Item(prefix, ns, "web") + "?resourceVersion=" + future);

        var status = StatusAssert.Failure(response, HttpStatusCode.GatewayTimeout, "Timeout");
        Assert.StartsWith($"Timeout: Too large resource version: {future}, current: ", (string?)status["message"], StringComparison.Ordinal);
        Assert.Equal(1, (int?)status["details"]!["retryAfterSeconds"]);
        Assert.Equal(["1"], response.Headers.GetValues("Retry-After"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_FutureResourceVersionNotOlderThan_Returns504WithRetryAfterOne(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");
        var future = RouteJson.Revision(created) + 1_000;

        var response = await _api.GetAsync(RoutePaths.Collection(prefix, ns) + "?resourceVersionMatch=NotOlderThan&resourceVersion=" + future);

        var status = StatusAssert.Failure(response, HttpStatusCode.GatewayTimeout, "Timeout");
        Assert.StartsWith($"Timeout: Too large resource version: {future}, current: ", (string?)status["message"], StringComparison.Ordinal);
        Assert.Equal(["1"], response.Headers.GetValues("Retry-After"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_ExactOlderResourceVersion_ReadsThatRevision(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var first = await _api.CreateAsync(prefix, ns, "a");
        await _api.MergePatchAsync(RoutePaths.Item(prefix, ns, "a"), """{"spec":{"path":"/v2"}}""");
        await _api.CreateAsync(prefix, ns, "b");

        var response = await _api.GetAsync(RoutePaths.Collection(prefix, ns) + "?resourceVersionMatch=Exact&resourceVersion=" + RouteJson.Revision(first));

        Assert.Equal(["a"], response.ItemNames());
        Assert.Null(response.Node("items.0.spec.path"));
        Assert.Equal((string?)first["metadata"]!["resourceVersion"], response.Str("metadata.resourceVersion"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_ExactOlderResourceVersionWithLimit_PagesThroughThatRevision(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "a");
        var second = await _api.CreateAsync(prefix, ns, "b");
        await _api.CreateAsync(prefix, ns, "c");
        var path = RoutePaths.Collection(prefix, ns);

        var page1 = await _api.GetAsync(path + "?limit=1&resourceVersionMatch=Exact&resourceVersion=" + RouteJson.Revision(second));
        var page2 = await _api.GetAsync(path + "?limit=1&continue=" + Uri.EscapeDataString(page1.Str("metadata.continue")!));

        Assert.Equal(["a"], page1.ItemNames());
        Assert.Equal(["b"], page2.ItemNames());
        Assert.Null(page2.Node("metadata.continue"));
        Assert.Equal((string?)second["metadata"]!["resourceVersion"], page2.Str("metadata.resourceVersion"));
    }
}
