using System.Net;

namespace RouteApi.Server.Tests.Endpoints;

/// <summary>
/// <c>application/strategic-merge-patch+json</c> on a Route: maps merge, Route lists are replaced (they
/// carry no merge keys), <c>metadata.finalizers</c> and <c>metadata.ownerReferences</c> merge, and the
/// <c>$patch</c>, <c>$retainKeys</c> and <c>$deleteFromPrimitiveList</c> directives apply.
/// </summary>
public sealed class StrategicMergePatchTests(RouteApiFactory factory) : IClassFixture<RouteApiFactory>
{
    private const string EdgeTls = """{"to":{"name":"svc"},"tls":{"termination":"edge","insecureEdgeTerminationPolicy":"Redirect"}}""";

    private readonly ApiClient _api = new(factory.CreateClient());

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task StrategicMergePatch_Labels_MergeIntoTheExistingLabels(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web", metadataExtra: ",\"labels\":{\"app\":\"web\",\"tier\":\"front\"}");

        var response = await PatchAsync(prefix, ns, """{"metadata":{"labels":{"tier":null,"team":"a"}}}""");

        Assert.Equal("""{"app":"web","team":"a"}""", response.Json["metadata"]!["labels"]!.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task StrategicMergePatch_NestedSpecMap_MergesIntoTheExistingMap(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web", spec: EdgeTls);

        var response = await PatchAsync(prefix, ns, """{"spec":{"tls":{"insecureEdgeTerminationPolicy":"Allow"}}}""");

        Assert.Equal("""{"termination":"edge","insecureEdgeTerminationPolicy":"Allow"}""", response.Json["spec"]!["tls"]!.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task StrategicMergePatch_AlternateBackends_AreReplacedWhole(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web", spec: """{"to":{"name":"svc"},"alternateBackends":[{"name":"a","weight":1},{"name":"b","weight":2}]}""");

        var response = await PatchAsync(prefix, ns, """{"spec":{"alternateBackends":[{"name":"b","weight":7}]}}""");

        Assert.Equal("""[{"kind":"Service","name":"b","weight":7}]""", response.Json["spec"]!["alternateBackends"]!.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task StrategicMergePatch_Finalizers_MergeWithPatchItemsFirst(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web", metadataExtra: ",\"finalizers\":[\"example.com/a\"]");

        var response = await PatchAsync(prefix, ns, """{"metadata":{"finalizers":["example.com/b"]}}""");

        Assert.Equal("""["example.com/b","example.com/a"]""", response.Json["metadata"]!["finalizers"]!.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task StrategicMergePatch_OwnerReferences_MergeByUidWithPatchItemsFirst(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web",
            metadataExtra: ""","ownerReferences":[{"apiVersion":"v1","kind":"ConfigMap","name":"one","uid":"11111111-1111-1111-1111-111111111111"}]""");

        var response = await PatchAsync(prefix, ns,
            """{"metadata":{"ownerReferences":[{"apiVersion":"v1","kind":"ConfigMap","name":"two","uid":"22222222-2222-2222-2222-222222222222"}]}}""");

        Assert.Equal(["two", "one"], response.Json["metadata"]!["ownerReferences"]!.AsArray().Select(o => (string?)o!["name"]));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task StrategicMergePatch_PatchDeleteOnMap_EmptiesTheMap(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web", metadataExtra: ",\"labels\":{\"app\":\"web\",\"tier\":\"front\"}");

        var response = await PatchAsync(prefix, ns, """{"metadata":{"labels":{"$patch":"delete"}}}""");

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Null(response.Node("metadata.labels"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task StrategicMergePatch_PatchReplaceOnMap_ReplacesTheMap(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web", metadataExtra: ",\"labels\":{\"app\":\"web\",\"tier\":\"front\"}");

        var response = await PatchAsync(prefix, ns, """{"metadata":{"labels":{"$patch":"replace","team":"a"}}}""");

        Assert.Equal("""{"team":"a"}""", response.Json["metadata"]!["labels"]!.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task StrategicMergePatch_RetainKeys_ClearsTheUnlistedFields(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web", spec: EdgeTls);

        var response = await PatchAsync(prefix, ns, """{"spec":{"tls":{"$retainKeys":["termination"],"termination":"edge"}}}""");

        Assert.Equal("""{"termination":"edge"}""", response.Json["spec"]!["tls"]!.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task StrategicMergePatch_RetainKeysNotAList_Returns400(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web", spec: EdgeTls);

        var response = await PatchAsync(prefix, ns, """{"spec":{"tls":{"$retainKeys":"termination"}}}""");

        StatusAssert.Failure(response, HttpStatusCode.BadRequest, "BadRequest", "invalid patch format of retainKeys");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task StrategicMergePatch_DeleteFromPrimitiveList_RemovesThoseFinalizers(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web", metadataExtra: ",\"finalizers\":[\"example.com/a\",\"example.com/b\"]");

        var response = await PatchAsync(prefix, ns, """{"metadata":{"$deleteFromPrimitiveList/finalizers":["example.com/a"]}}""");

        Assert.Equal("""["example.com/b"]""", response.Json["metadata"]!["finalizers"]!.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task StrategicMergePatch_ArrayDocument_Returns400(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        var response = await PatchAsync(prefix, ns, """[{"spec":{}}]""");

        StatusAssert.Failure(response, HttpStatusCode.BadRequest, "BadRequest");
    }

    private Task<ApiResponse> PatchAsync(string prefix, string ns, string patch) =>
        _api.PatchAsync(RoutePaths.Item(prefix, ns, "web"), patch, PatchBodies.StrategicMerge);
}
