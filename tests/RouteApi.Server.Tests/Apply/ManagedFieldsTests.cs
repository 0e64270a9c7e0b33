using System.Net;
using System.Text.Json.Nodes;
using RouteApi.Server.Tests.Endpoints;

namespace RouteApi.Server.Tests.Apply;

/// <summary>metadata.managedFields on writes other than apply: Update entries, the User-Agent default, status entries, resets.</summary>
public sealed class ManagedFieldsTests(RouteApiFactory factory) : IClassFixture<RouteApiFactory>
{
    private readonly ApiClient _api = new(factory.CreateClient());

    private static JsonArray Entries(ApiResponse response) => response.Json["metadata"]!["managedFields"]!.AsArray();

    [Fact]
    public async Task Create_WithFieldManager_RecordsAnUpdateEntry()
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.PostAsync(RoutePaths.Collection(ApiPrefixes.Group, ns) + "?fieldManager=kubectl-create",
            """{"apiVersion":"route.openshift.io/v1","kind":"Route","metadata":{"name":"web","labels":{"app":"web"}},"spec":{"host":"web.example.com","to":{"name":"svc"}}}""");

        var entry = Assert.Single(Entries(response))!;
        Assert.Equal(("kubectl-create", "Update", "route.openshift.io/v1"), (entry["manager"]!.GetValue<string>(), entry["operation"]!.GetValue<string>(), entry["apiVersion"]!.GetValue<string>()));
        Assert.Equal("""{"f:metadata":{"f:labels":{".":{},"f:app":{}}},"f:spec":{"f:host":{},"f:to":{"f:kind":{},"f:name":{},"f:weight":{}},"f:wildcardPolicy":{}}}""", entry["fieldsV1"]!.ToJsonString());
    }

    [Fact]
    public async Task Create_WithoutFieldManager_NamesTheManagerAfterTheUserAgent()
    {
        var ns = ApiPrefixes.NewNamespace();
        using var request = new HttpRequestMessage(HttpMethod.Post, RoutePaths.Collection(ApiPrefixes.Group, ns))
        {
            Content = new StringContent("""{"metadata":{"name":"web"},"spec":{"to":{"name":"svc"}}}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.UserAgent.ParseAdd("curl/8.5.0");

        var response = await _api.SendAsync(request);

        Assert.Equal("curl", Assert.Single(Entries(response))!["manager"]!.GetValue<string>());
    }

    [Fact]
    public async Task StatusUpdate_RecordsAnEntryForTheStatusSubresource()
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(ApiPrefixes.Group, ns, "web");

        var response = await _api.PatchAsync(RoutePaths.Status(ApiPrefixes.Group, ns, "web") + "?fieldManager=router",
            """{"status":{"ingress":[{"host":"web.example.com","routerName":"default"}]}}""", PatchBodies.Merge);

        var entry = Entries(response).Single(e => e!["manager"]?.GetValue<string>() == "router")!;
        Assert.Equal(("status", """{"f:status":{"f:ingress":{}}}"""), (entry["subresource"]!.GetValue<string>(), entry["fieldsV1"]!.ToJsonString()));
    }

    [Fact]
    public async Task MergePatch_ChangingAField_MovesItToThePatcher()
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.PostAsync(RoutePaths.Collection(ApiPrefixes.Group, ns) + "?fieldManager=creator", """{"metadata":{"name":"web"},"spec":{"path":"/a","to":{"name":"svc"}}}""");

        var response = await _api.PatchAsync(RoutePaths.Item(ApiPrefixes.Group, ns, "web") + "?fieldManager=patcher", """{"spec":{"path":"/b"}}""", PatchBodies.Merge);

        var patcher = Entries(response).Single(e => e!["manager"]!.GetValue<string>() == "patcher")!;
        var creator = Entries(response).Single(e => e!["manager"]!.GetValue<string>() == "creator")!;
        Assert.Equal("""{"f:spec":{"f:path":{}}}""", patcher["fieldsV1"]!.ToJsonString());
        Assert.DoesNotContain("f:path", creator["fieldsV1"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MergePatch_EmptyManagedFieldsList_ClearsThem()
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(ApiPrefixes.Group, ns, "web");

        var response = await _api.PatchAsync(RoutePaths.Item(ApiPrefixes.Group, ns, "web"), """{"metadata":{"managedFields":[]}}""", PatchBodies.Merge);

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Null(response.Json["metadata"]!["managedFields"]);
    }

    [Fact]
    public async Task Update_WithoutManagedFields_KeepsTheStoredOnes()
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(ApiPrefixes.Group, ns, "web");
        created["metadata"]!.AsObject().Remove("managedFields");
        created["spec"]!["path"] = "/x";

        var response = await _api.PutAsync(RoutePaths.Item(ApiPrefixes.Group, ns, "web") + "?fieldManager=replacer", created.ToJsonString());

        Assert.Equal(2, Entries(response).Count);
    }
}
