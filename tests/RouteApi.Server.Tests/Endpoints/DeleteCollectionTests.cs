using System.Net;

namespace RouteApi.Server.Tests.Endpoints;

public sealed class DeleteCollectionTests(RouteApiFactory factory) : IClassFixture<RouteApiFactory>
{
    private readonly ApiClient _api = new(factory.CreateClient());

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task DeleteCollection_WithLabelSelector_ReturnsRouteListOfDeletedRoutes(string prefix)
    {
        var ns = await SeedAsync(prefix);

        var response = await _api.DeleteAsync(RoutePaths.Collection(prefix, ns) + "?labelSelector=app%3Dweb");

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal("RouteList", response.Str("kind"));
        Assert.Equal(ApiPrefixes.ApiVersionOf(prefix), response.Str("apiVersion"));
        Assert.Equal(["a", "c"], response.ItemNames());
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task DeleteCollection_WithLabelSelector_LeavesOtherRoutes(string prefix)
    {
        var ns = await SeedAsync(prefix);

        await _api.DeleteAsync(RoutePaths.Collection(prefix, ns) + "?labelSelector=app%3Dweb");

        Assert.Equal(["b"], (await _api.GetAsync(RoutePaths.Collection(prefix, ns))).ItemNames());
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task DeleteCollection_WithFieldSelector_DeletesOnlyMatchingRoutes(string prefix)
    {
        var ns = await SeedAsync(prefix);

        var response = await _api.DeleteAsync(RoutePaths.Collection(prefix, ns) + "?fieldSelector=" + Uri.EscapeDataString("spec.to.name=svc-b"));

        Assert.Equal(["b"], response.ItemNames());
        Assert.Equal(["a", "c"], (await _api.GetAsync(RoutePaths.Collection(prefix, ns))).ItemNames());
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task DeleteCollection_WithoutSelector_EmptiesOnlyThatNamespace(string prefix)
    {
        var ns = await SeedAsync(prefix);
        var other = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, other, "keep");

        var response = await _api.DeleteAsync(RoutePaths.Collection(prefix, ns));

        Assert.Equal(["a", "b", "c"], response.ItemNames());
        Assert.Empty((await _api.GetAsync(RoutePaths.Collection(prefix, ns))).ItemNames());
        Assert.Equal(["keep"], (await _api.GetAsync(RoutePaths.Collection(prefix, other))).ItemNames());
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task DeleteCollection_NothingMatches_ReturnsEmptyRouteList(string prefix)
    {
        var ns = await SeedAsync(prefix);

        var response = await _api.DeleteAsync(RoutePaths.Collection(prefix, ns) + "?labelSelector=app%3Dnone");

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.EndsWith(",\"items\":[]}\n", response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task DeleteCollection_BadLabelSelector_Returns400AndDeletesNothing(string prefix)
    {
        var ns = await SeedAsync(prefix);

        var response = await _api.DeleteAsync(RoutePaths.Collection(prefix, ns) + "?labelSelector=" + Uri.EscapeDataString("x in (a"));

        StatusAssert.Failure(response, HttpStatusCode.BadRequest, "BadRequest");
        Assert.Equal(3, (await _api.GetAsync(RoutePaths.Collection(prefix, ns))).ItemNames().Count);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task DeleteCollection_DryRunAll_DeletesNothing(string prefix)
    {
        var ns = await SeedAsync(prefix);

        var response = await _api.DeleteAsync(RoutePaths.Collection(prefix, ns) + "?dryRun=All");

        Assert.Equal(["a", "b", "c"], response.ItemNames());
        Assert.Equal(3, (await _api.GetAsync(RoutePaths.Collection(prefix, ns))).ItemNames().Count);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task DeleteCollection_RouteWithFinalizer_IsMarkedForDeletion(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "held", metadataExtra: ",\"finalizers\":[\"example.com/keep\"]");

        await _api.DeleteAsync(RoutePaths.Collection(prefix, ns));

        var response = await _api.GetAsync(RoutePaths.Item(prefix, ns, "held"));
        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.NotNull(response.Str("metadata.deletionTimestamp"));
    }

    /// <summary>A new namespace with a (app=web, to svc-a), b (app=api, to svc-b) and c (app=web, to svc-a).</summary>
    private async Task<string> SeedAsync(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "a", """{"to":{"name":"svc-a"}}""", ",\"labels\":{\"app\":\"web\"}");
        await _api.CreateAsync(prefix, ns, "b", """{"to":{"name":"svc-b"}}""", ",\"labels\":{\"app\":\"api\"}");
        await _api.CreateAsync(prefix, ns, "c", """{"to":{"name":"svc-a"}}""", ",\"labels\":{\"app\":\"web\"}");
        return ns;
    }
}
