using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace RouteApi.Server.Tests.Discovery;

public sealed class DiscoveryTests(RouteApiFactory factory) : IClassFixture<RouteApiFactory>
{
    /// <summary>What kubectl 1.32 sends for discovery: aggregated v2, aggregated v2beta1, then plain JSON.</summary>
    private const string KubectlDiscoveryAccept =
        "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json";

    private readonly ApiClient _api = new(factory.CreateClient());

    [Fact]
    public async Task Api_Get_ReturnsAPIVersionsWithoutCoreVersions()
    {
        var response = await _api.GetAsync("/api");

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal("APIVersions", response.Str("kind"));
        Assert.Empty(response.Json["versions"]!.AsArray());
        Assert.Equal("0.0.0.0/0", response.Str("serverAddressByClientCIDRs.0.clientCIDR"));
    }

    [Fact]
    public async Task Apis_Get_ListsRouteGroupWithPreferredV1()
    {
        var response = await _api.GetAsync("/apis");

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal("APIGroupList", response.Str("kind"));
        Assert.Equal("v1", response.Str("apiVersion"));
        var group = Assert.Single(response.Json["groups"]!.AsArray())!.AsObject();
        Assert.Equal("route.openshift.io", (string?)group["name"]);
        Assert.Equal("""[{"groupVersion":"route.openshift.io/v1","version":"v1"}]""", group["versions"]!.ToJsonString());
        Assert.Equal("""{"groupVersion":"route.openshift.io/v1","version":"v1"}""", group["preferredVersion"]!.ToJsonString());
    }

    [Fact]
    public async Task Group_Get_ReturnsAPIGroupWithKindAndVersions()
    {
        var response = await _api.GetAsync("/apis/route.openshift.io");

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal("APIGroup", response.Str("kind"));
        Assert.Equal("v1", response.Str("apiVersion"));
        Assert.Equal("route.openshift.io", response.Str("name"));
        Assert.Equal("route.openshift.io/v1", response.Str("preferredVersion.groupVersion"));
    }

    [Fact]
    public async Task GroupVersion_Get_ListsRoutesWithEveryVerbAndCategoryAll()
    {
        var response = await _api.GetAsync("/apis/route.openshift.io/v1");

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal("APIResourceList", response.Str("kind"));
        Assert.Equal("route.openshift.io/v1", response.Str("groupVersion"));
        var routes = Resource(response.Json, "routes");
        Assert.Equal("route", (string?)routes["singularName"]);
        Assert.True((bool)routes["namespaced"]!);
        Assert.Equal("Route", (string?)routes["kind"]);
        Assert.Equal("""["create","delete","deletecollection","get","list","patch","update","watch"]""", routes["verbs"]!.ToJsonString());
        Assert.Equal("""["all"]""", routes["categories"]!.ToJsonString());
        Assert.Null(routes["shortNames"]);
    }

    [Fact]
    public async Task GroupVersion_Get_StorageVersionHashIsKubesHashOfGroupVersionKind()
    {
        var expected = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData("route.openshift.io/v1/Route"u8.ToArray()).AsSpan(0, 8));

        var response = await _api.GetAsync("/apis/route.openshift.io/v1");

        Assert.Equal(expected, (string?)Resource(response.Json, "routes")["storageVersionHash"]);
    }

    [Theory]
    [InlineData("/apis/route.openshift.io/v1")]
    [InlineData("/oapi/v1")]
    public async Task GroupVersion_Get_ListsStatusSubresourceWithGetPatchUpdate(string path)
    {
        var response = await _api.GetAsync(path);

        var status = Resource(response.Json, "routes/status");
        Assert.Equal("Route", (string?)status["kind"]);
        Assert.True((bool)status["namespaced"]!);
        Assert.Equal("""["get","patch","update"]""", status["verbs"]!.ToJsonString());
    }

    [Fact]
    public async Task Oapi_Get_ReturnsAPIVersionsWithV1()
    {
        var response = await _api.GetAsync("/oapi");

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal("APIVersions", response.Str("kind"));
        Assert.Equal("""["v1"]""", response.Json["versions"]!.ToJsonString());
    }

    [Fact]
    public async Task OapiV1_Get_ListsRoutesWithGroupVersionV1AndNoCategories()
    {
        var response = await _api.GetAsync("/oapi/v1");

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal("v1", response.Str("groupVersion"));
        var routes = Resource(response.Json, "routes");
        Assert.Equal("Route", (string?)routes["kind"]);
        Assert.Null(routes["categories"]);
    }

    [Fact]
    public async Task Version_WithoutToken_ReturnsVersionInfo()
    {
        var anonymous = Anonymous();

        var response = await anonymous.GetAsync("/version");

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal("1", response.Str("major"));
        Assert.Equal("32", response.Str("minor"));
        Assert.StartsWith("v1.32.", response.Str("gitVersion"), StringComparison.Ordinal);
        Assert.Matches("^(linux|windows|darwin)/", response.Str("platform"));
    }

    [Theory]
    [InlineData("/api")]
    [InlineData("/apis")]
    [InlineData("/apis/route.openshift.io/v1")]
    [InlineData("/oapi/v1")]
    public async Task Discovery_WithoutToken_Returns401(string path)
    {
        var anonymous = Anonymous();

        var response = await anonymous.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Code);
    }

    [Theory]
    [InlineData("/apis")]
    [InlineData("/apis/route.openshift.io/v1")]
    [InlineData("/oapi/v1")]
    public async Task Discovery_AsUserWithoutClusterRole_Returns200(string path)
    {
        var editor = new ApiClient(factory.CreateClient(RouteApiFactory.EditorToken));

        var response = await editor.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.Code);
    }

    [Fact]
    public async Task Apis_WithKubectlDiscoveryAccept_ReturnsAggregatedV2Document()
    {
        var response = await GetAsync("/apis", KubectlDiscoveryAccept);

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal("application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList", await ContentTypeAsync("/apis", KubectlDiscoveryAccept));
        Assert.Equal("APIGroupDiscoveryList", response.Str("kind"));
        Assert.Equal("apidiscovery.k8s.io/v2", response.Str("apiVersion"));
        var group = Assert.Single(response.Json["items"]!.AsArray())!.AsObject();
        Assert.Equal("route.openshift.io", (string?)group["metadata"]!["name"]);
        var version = Assert.Single(group["versions"]!.AsArray())!.AsObject();
        Assert.Equal("v1", (string?)version["version"]);
        Assert.Equal("Current", (string?)version["freshness"]);
        var routes = Assert.Single(version["resources"]!.AsArray())!.AsObject();
        Assert.Equal("routes", (string?)routes["resource"]);
        Assert.Equal("""{"group":"route.openshift.io","version":"v1","kind":"Route"}""", routes["responseKind"]!.ToJsonString());
        Assert.Equal("Namespaced", (string?)routes["scope"]);
        Assert.Equal("route", (string?)routes["singularResource"]);
        Assert.Equal("""["create","delete","deletecollection","get","list","patch","update","watch"]""", routes["verbs"]!.ToJsonString());
        Assert.Equal("""["all"]""", routes["categories"]!.ToJsonString());
        Assert.Equal(
            """[{"subresource":"status","responseKind":{"group":"route.openshift.io","version":"v1","kind":"Route"},"verbs":["get","patch","update"]}]""",
            routes["subresources"]!.ToJsonString());
    }

    [Fact]
    public async Task Api_WithKubectlDiscoveryAccept_ReturnsEmptyAggregatedDocument()
    {
        var response = await GetAsync("/api", KubectlDiscoveryAccept);

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal("APIGroupDiscoveryList", response.Str("kind"));
        Assert.Empty(response.Json["items"]!.AsArray());
    }

    [Fact]
    public async Task Apis_WithV2beta1First_ReturnsV2beta1Document()
    {
        var response = await GetAsync("/apis", "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json");

        Assert.Equal("apidiscovery.k8s.io/v2beta1", response.Str("apiVersion"));
        Assert.Equal(
            "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList",
            await ContentTypeAsync("/apis", "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json"));
    }

    [Fact]
    public async Task Apis_WithPlainJsonBeforeAggregated_ReturnsAPIGroupList()
    {
        var response = await GetAsync("/apis", "application/json,application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList");

        Assert.Equal("application/json", response.ContentType);
        Assert.Equal("APIGroupList", response.Str("kind"));
    }

    [Fact]
    public async Task Apis_WithUnknownAggregatedVersionThenJson_ReturnsAPIGroupList()
    {
        var response = await GetAsync("/apis", "application/json;g=apidiscovery.k8s.io;v=v3;as=APIGroupDiscoveryList,application/json");

        Assert.Equal("APIGroupList", response.Str("kind"));
    }

    [Fact]
    public async Task Apis_AggregatedWithMatchingIfNoneMatch_Returns304()
    {
        var first = await GetAsync("/apis", KubectlDiscoveryAccept);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/apis");
        request.Headers.TryAddWithoutValidation("Accept", KubectlDiscoveryAccept);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var response = await _api.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.Code);
        Assert.Contains("Accept", first.Headers.Vary);
    }

    [Fact]
    public async Task Discovery_WithYamlAccept_ReturnsYaml()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/apis/route.openshift.io/v1");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/yaml"));

        var response = await _api.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal("application/yaml", response.ContentType);
        Assert.Contains("kind: APIResourceList", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Discovery_WithProtobufOnlyAccept_Returns406()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/apis");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.kubernetes.protobuf"));

        var response = await _api.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.Code);
        Assert.Equal("NotAcceptable", response.Str("reason"));
    }

    private async Task<ApiResponse> GetAsync(string path, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return await _api.SendAsync(request);
    }

    // The whole Content-Type with its parameters, written without spaces as kube writes it.
    private async Task<string?> ContentTypeAsync(string path, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await _api.Http.SendAsync(request, TestContext.Current.CancellationToken);
        var type = response.Content.Headers.ContentType;
        return type is null ? null : string.Join(';', [type.MediaType, .. type.Parameters.Select(p => p.Name + "=" + p.Value)]);
    }

    private ApiClient Anonymous()
    {
        var http = factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = null;
        return new ApiClient(http);
    }

    private static JsonObject Resource(JsonObject list, string name) =>
        list["resources"]!.AsArray().Select(r => r!.AsObject()).Single(r => (string?)r["name"] == name);
}
