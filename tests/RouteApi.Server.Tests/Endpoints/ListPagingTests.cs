using System.Net;
using System.Text.Json.Nodes;

namespace RouteApi.Server.Tests.Endpoints;

public sealed class ListPagingTests(RouteApiFactory factory) : IClassFixture<RouteApiFactory>
{
    private readonly ApiClient _api = new(factory.CreateClient());

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_WithLimit_ReturnsFirstPageWithContinueAndRemainingItemCount(string prefix)
    {
        var ns = await SeedAsync(prefix, "a", "b", "c", "d", "e");

        var response = await _api.GetAsync(RoutePaths.Collection(prefix, ns) + "?limit=2");

        Assert.Equal(["a", "b"], response.ItemNames());
        Assert.False(string.IsNullOrEmpty(response.Str("metadata.continue")));
        Assert.Equal(3, (long?)response.Node("metadata.remainingItemCount"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_FollowingContinue_ReturnsEveryRouteOnceAndEndsWithoutContinue(string prefix)
    {
        var ns = await SeedAsync(prefix, "a", "b", "c", "d", "e");

        var pages = await ReadAllPagesAsync(RoutePaths.Collection(prefix, ns) + "?limit=2");

        Assert.Equal(["a,b", "c,d", "e"], pages.Select(p => string.Join(',', p.ItemNames())));
        Assert.Null(pages[^1].Node("metadata.continue"));
        Assert.Null(pages[^1].Node("metadata.remainingItemCount"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_LaterPages_CarryResourceVersionOfFirstPage(string prefix)
    {
        var ns = await SeedAsync(prefix, "a", "b", "c", "d", "e");
        var first = await _api.GetAsync(RoutePaths.Collection(prefix, ns) + "?limit=2");
        await _api.CreateAsync(prefix, ns, "z");

        var second = await _api.GetAsync(RoutePaths.Collection(prefix, ns) + "?limit=2&continue=" + Uri.EscapeDataString(first.Str("metadata.continue")!));

        Assert.Equal(first.Str("metadata.resourceVersion"), second.Str("metadata.resourceVersion"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_RouteCreatedAfterFirstPage_DoesNotShowInLaterPages(string prefix)
    {
        var ns = await SeedAsync(prefix, "a", "b", "d", "e");
        var first = await _api.GetAsync(RoutePaths.Collection(prefix, ns) + "?limit=2");
        await _api.CreateAsync(prefix, ns, "c");
        await _api.CreateAsync(prefix, ns, "f");

        var rest = await ReadAllPagesAsync(RoutePaths.Collection(prefix, ns) + "?limit=2", first);

        Assert.Equal(["d", "e"], rest.SelectMany(p => p.ItemNames()));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_RouteChangedOrDeletedAfterFirstPage_ShowsAsInTheSnapshot(string prefix)
    {
        var ns = await SeedAsync(prefix, "a", "b", "c", "d");
        var first = await _api.GetAsync(RoutePaths.Collection(prefix, ns) + "?limit=2");
        var c = (await _api.GetAsync(RoutePaths.Item(prefix, ns, "c"))).Json;
        await _api.PutAsync(RoutePaths.Item(prefix, ns, "c"), RouteJson.Changed(c, r => r["metadata"]!["labels"] = new JsonObject { ["v"] = "2" }));
        await _api.DeleteAsync(RoutePaths.Item(prefix, ns, "d"));

        var rest = await ReadAllPagesAsync(RoutePaths.Collection(prefix, ns) + "?limit=2", first);

        var items = rest.SelectMany(p => p.Json["items"]!.AsArray()).ToList();
        Assert.Equal(["c", "d"], items.Select(i => (string)i!["metadata"]!["name"]!));
        Assert.Equal(c["metadata"]!["resourceVersion"]!.ToString(), items[0]!["metadata"]!["resourceVersion"]!.ToString());
        Assert.Equal("""{"keep":"true"}""", items[0]!["metadata"]!["labels"]!.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_AllNamespacesWithLimit_PagesAcrossNamespaces(string prefix)
    {
        var ns = await SeedAsync(prefix, "a", "b", "c");
        var selector = "?limit=1&fieldSelector=" + Uri.EscapeDataString("metadata.namespace=" + ns);

        var pages = await ReadAllPagesAsync(prefix + "/routes" + selector);

        Assert.Equal(["a", "b", "c"], pages.SelectMany(p => p.ItemNames()));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_WithLimitAndLabelSelector_OmitsRemainingItemCount(string prefix)
    {
        var ns = await SeedAsync(prefix, "a", "b", "c", "d");

        var response = await _api.GetAsync(RoutePaths.Collection(prefix, ns) + "?limit=1&labelSelector=keep");

        Assert.Equal(["a"], response.ItemNames());
        Assert.NotNull(response.Node("metadata.continue"));
        Assert.Null(response.Node("metadata.remainingItemCount"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_WithLimitAndFieldSelector_OmitsRemainingItemCount(string prefix)
    {
        var ns = await SeedAsync(prefix, "a", "b", "c", "d");

        var response = await _api.GetAsync(RoutePaths.Collection(prefix, ns) + "?limit=1&fieldSelector=" + Uri.EscapeDataString("metadata.name!=z"));

        Assert.NotNull(response.Node("metadata.continue"));
        Assert.Null(response.Node("metadata.remainingItemCount"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_ContinueWithSelector_RefillsEveryPage(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        foreach (var name in new[] { "a", "b", "c", "d", "e", "f", "g", "h" })
        {
            var label = name is "a" or "d" or "e" or "h" ? ",\"labels\":{\"pick\":\"yes\"}" : string.Empty;
            await _api.CreateAsync(prefix, ns, name, metadataExtra: label);
        }

        var pages = await ReadAllPagesAsync(RoutePaths.Collection(prefix, ns) + "?limit=2&labelSelector=pick%3Dyes");

        Assert.Equal(["a,d", "e,h"], pages.Select(p => string.Join(',', p.ItemNames())));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_BadContinueToken_Returns400(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.GetAsync(RoutePaths.Collection(prefix, ns) + "?continue=not-a-token");

        var status = StatusAssert.Failure(response, HttpStatusCode.BadRequest, "BadRequest");
        Assert.StartsWith("invalid continue token: ", (string?)status["message"], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_ContinueTokenWithPathTraversal_Returns400(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var token = Convert.ToBase64String("""{"v":"meta.k8s.io/v1","rv":1,"start":"../x"}"""u8).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        var response = await _api.GetAsync(RoutePaths.Collection(prefix, ns) + "?continue=" + token);

        var status = StatusAssert.Failure(response, HttpStatusCode.BadRequest, "BadRequest");
        Assert.StartsWith("invalid continue token: ", (string?)status["message"], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_ContinueWithResourceVersion_Returns400(string prefix)
    {
        var ns = await SeedAsync(prefix, "a", "b");
        var first = await _api.GetAsync(RoutePaths.Collection(prefix, ns) + "?limit=1");

        var response = await _api.GetAsync(RoutePaths.Collection(prefix, ns) + "?limit=1&resourceVersion=5&continue=" + Uri.EscapeDataString(first.Str("metadata.continue")!));

        StatusAssert.Failure(response, HttpStatusCode.BadRequest, "BadRequest", "specifying resource version is not allowed when using continue");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_ContinueWithResourceVersionMatch_Returns422(string prefix)
    {
        var ns = await SeedAsync(prefix, "a", "b");
        var first = await _api.GetAsync(RoutePaths.Collection(prefix, ns) + "?limit=1");

        var response = await _api.GetAsync(RoutePaths.Collection(prefix, ns) + "?limit=1&resourceVersionMatch=NotOlderThan&continue=" + Uri.EscapeDataString(first.Str("metadata.continue")!));

        StatusAssert.Failure(response, HttpStatusCode.UnprocessableEntity, "Invalid",
            "ListOptions.meta.k8s.io \"\" is invalid: [resourceVersionMatch: Forbidden: resourceVersionMatch is forbidden unless resourceVersion is provided, resourceVersionMatch: Forbidden: resourceVersionMatch is forbidden when continue is provided]");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_LimitWithExactResourceVersion_ReadsThatRevision(string prefix)
    {
        var ns = await SeedAsync(prefix, "a");
        var before = await _api.GetAsync(RoutePaths.Collection(prefix, ns));
        await _api.CreateAsync(prefix, ns, "b");

        var response = await _api.GetAsync(RoutePaths.Collection(prefix, ns) + "?limit=5&resourceVersion=" + before.Str("metadata.resourceVersion"));

        Assert.Equal(["a"], response.ItemNames());
        Assert.Equal(before.Str("metadata.resourceVersion"), response.Str("metadata.resourceVersion"));
    }

    private async Task<string> SeedAsync(string prefix, params string[] names)
    {
        var ns = ApiPrefixes.NewNamespace();
        foreach (var name in names)
        {
            await _api.CreateAsync(prefix, ns, name, metadataExtra: ",\"labels\":{\"keep\":\"true\"}");
        }

        return ns;
    }

    /// <summary>Reads pages from <paramref name="path"/> until no continue token is left; starts after <paramref name="after"/> when given.</summary>
    private async Task<List<ApiResponse>> ReadAllPagesAsync(string path, ApiResponse? after = null)
    {
        var pages = new List<ApiResponse>();
        var token = after?.Str("metadata.continue");
        if (after is null)
        {
            var first = await _api.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, first.Code);
            pages.Add(first);
            token = first.Str("metadata.continue");
        }

        while (!string.IsNullOrEmpty(token))
        {
            var page = await _api.GetAsync(path + "&continue=" + Uri.EscapeDataString(token));
            Assert.True(page.Code == HttpStatusCode.OK, page.Body);
            pages.Add(page);
            token = page.Str("metadata.continue");
        }

        return pages;
    }
}
