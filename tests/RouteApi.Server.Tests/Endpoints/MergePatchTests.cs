using System.Net;

namespace RouteApi.Server.Tests.Endpoints;

/// <summary><c>application/merge-patch+json</c> (RFC 7386): objects merge, null deletes, arrays are replaced.</summary>
public sealed class MergePatchTests(RouteApiFactory factory) : IClassFixture<RouteApiFactory>
{
    private readonly ApiClient _api = new(factory.CreateClient());

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task MergePatch_NewLabel_IsAddedBesideTheExistingOnes(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web", metadataExtra: ",\"labels\":{\"app\":\"web\"}");

        var response = await _api.PatchAsync(RoutePaths.Item(prefix, ns, "web"), """{"metadata":{"labels":{"tier":"front"}}}""", PatchBodies.Merge);

        Assert.Equal("""{"app":"web","tier":"front"}""", response.Json["metadata"]!["labels"]!.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task MergePatch_NullLabel_DeletesThatLabel(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web", metadataExtra: ",\"labels\":{\"app\":\"web\",\"tier\":\"front\"}");

        var response = await _api.PatchAsync(RoutePaths.Item(prefix, ns, "web"), """{"metadata":{"labels":{"tier":null}}}""", PatchBodies.Merge);

        Assert.Equal("""{"app":"web"}""", response.Json["metadata"]!["labels"]!.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task MergePatch_Array_ReplacesTheWholeArray(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web", spec: """{"to":{"name":"svc"},"alternateBackends":[{"kind":"Service","name":"a","weight":1},{"kind":"Service","name":"b","weight":2}]}""");

        var response = await _api.PatchAsync(RoutePaths.Item(prefix, ns, "web"), """{"spec":{"alternateBackends":[{"name":"c"}]}}""", PatchBodies.Merge);

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal("""[{"kind":"Service","name":"c","weight":100}]""", response.Json["spec"]!["alternateBackends"]!.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task MergePatch_NestedObject_MergesIntoTheExistingObject(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web", spec: """{"to":{"name":"svc","weight":5}}""");

        var response = await _api.PatchAsync(RoutePaths.Item(prefix, ns, "web"), """{"spec":{"to":{"name":"other"}}}""", PatchBodies.Merge);

        Assert.Equal("""{"kind":"Service","name":"other","weight":5}""", response.Json["spec"]!["to"]!.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task MergePatchStatus_NullIngress_ClearsTheStatus(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");
        await _api.PatchAsync(RoutePaths.Status(prefix, ns, "web"), """{"status":{"ingress":[{"host":"web.example.com","routerName":"default"}]}}""", PatchBodies.Merge);

        var response = await _api.PatchAsync(RoutePaths.Status(prefix, ns, "web"), """{"status":{"ingress":null}}""", PatchBodies.Merge);

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal("{}", response.Json["status"]!.ToJsonString());
    }
}
