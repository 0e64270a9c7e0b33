using System.Net;

namespace RouteApi.Server.Tests.Endpoints;

/// <summary><c>dryRun=All</c>: every step but the write, the response a real request would get, nothing stored and no watch event.</summary>
public sealed class DryRunTests(RouteApiFactory factory) : IClassFixture<RouteApiFactory>
{
    private readonly ApiClient _api = new(factory.CreateClient());

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_DryRunAllWithTakenName_Returns409AlreadyExists(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.PostAsync(RoutePaths.Collection(prefix, ns) + "?dryRun=All", RouteJson.Route("web"));

        var status = StatusAssert.Failure(response, HttpStatusCode.Conflict, "AlreadyExists", $"{ApiPrefixes.ResourceOf(prefix)} \"web\" already exists");
        StatusAssert.ResourceDetails(status, prefix, "web");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_DryRunAllInvalidRoute_Returns422(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.PostAsync(RoutePaths.Collection(prefix, ns) + "?dryRun=All", RouteJson.Route("web", """{"to":{"name":"svc"},"path":"api"}"""));

        StatusAssert.Invalid(response, prefix, "web", "FieldValueInvalid", "spec.path", "Invalid value: \"api\": path must begin with /");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Update_DryRunAllStaleResourceVersion_Returns409Conflict(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");
        await _api.MergePatchAsync(RoutePaths.Item(prefix, ns, "web"), """{"spec":{"path":"/v2"}}""");

        var response = await _api.PutAsync(RoutePaths.Item(prefix, ns, "web") + "?dryRun=All", RouteJson.Changed(created, r => r["spec"]!["path"] = "/v3"));

        StatusAssert.Failure(response, HttpStatusCode.Conflict, "Conflict");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Patch_DryRunAllChangedHostWithoutPermission_Returns422(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");
        var editor = new ApiClient(factory.CreateClient(RouteApiFactory.EditorToken));

        var response = await editor.PatchAsync(RoutePaths.Item(prefix, ns, "web") + "?dryRun=All", """{"spec":{"host":"new.example.com"}}""", PatchBodies.Merge);

        StatusAssert.Invalid(response, prefix, "web", "FieldValueInvalid", "spec.host", "Invalid value: \"new.example.com\": you do not have permission to set the host field of the route");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Delete_DryRunAll_ReturnsTheSuccessStatusOfARealDelete(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.DeleteAsync(RoutePaths.Item(prefix, ns, "web") + "?dryRun=All");

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal("Status", response.Str("kind"));
        Assert.Equal("Success", response.Str("status"));
        Assert.Equal("web", response.Str("details.name"));
        Assert.Equal((string?)created["metadata"]!["uid"], response.Str("details.uid"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Delete_DryRunAllWithFinalizer_Returns202WithDeletionTimestamp(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web", metadataExtra: ",\"finalizers\":[\"example.com/keep\"]");

        var response = await _api.DeleteAsync(RoutePaths.Item(prefix, ns, "web") + "?dryRun=All");

        Assert.Equal(HttpStatusCode.Accepted, response.Code);
        Assert.NotNull(response.Str("metadata.deletionTimestamp"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Delete_DryRunAllWithFinalizer_StoresNothing(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web", metadataExtra: ",\"finalizers\":[\"example.com/keep\"]");
        await _api.DeleteAsync(RoutePaths.Item(prefix, ns, "web") + "?dryRun=All");

        var response = await _api.GetAsync(RoutePaths.Item(prefix, ns, "web"));

        Assert.Equal(created.ToJsonString(), response.Json.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task DryRunWrites_ProduceNoWatchEvents(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");
        await using var watch = await WatchStream.OpenAsync(_api.Http, RoutePaths.Collection(prefix, ns) + "?watch=true&resourceVersion=" + RouteJson.Revision(created));
        Assert.Equal(HttpStatusCode.Created, (await _api.PostAsync(RoutePaths.Collection(prefix, ns) + "?dryRun=All", RouteJson.Route("other"))).Code);
        Assert.Equal(HttpStatusCode.OK, (await _api.PutAsync(RoutePaths.Item(prefix, ns, "web") + "?dryRun=All", RouteJson.Changed(created, r => r["spec"]!["path"] = "/put"))).Code);
        Assert.Equal(HttpStatusCode.OK, (await _api.PatchAsync(RoutePaths.Item(prefix, ns, "web") + "?dryRun=All", """{"spec":{"path":"/patch"}}""", PatchBodies.Merge)).Code);
        Assert.Equal(HttpStatusCode.OK, (await _api.DeleteAsync(RoutePaths.Item(prefix, ns, "web") + "?dryRun=All")).Code);

        var real = await _api.MergePatchAsync(RoutePaths.Item(prefix, ns, "web"), """{"spec":{"path":"/real"}}""");

        var next = await watch.NextAsync();
        Assert.Equal("MODIFIED web", next.Summary);
        Assert.Equal(RouteJson.Revision(real), next.Revision);
        Assert.Equal(RouteJson.Revision(created) + 1, RouteJson.Revision(real));
    }
}
