using System.Net;
using System.Text.Json.Nodes;

namespace RouteApi.Server.Tests.Endpoints;

public sealed class StatusSubresourceTests(RouteApiFactory factory) : IClassFixture<RouteApiFactory>
{
    private const string Admitted =
        """{"ingress":[{"host":"web.apps.example.com","routerName":"default","conditions":[{"type":"Admitted","status":"True","lastTransitionTime":"2026-01-02T03:04:05Z"}],"wildcardPolicy":"None"}]}""";

    private readonly ApiClient _api = new(factory.CreateClient());

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task GetStatus_ExistingRoute_ReturnsWholeRoute(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.GetAsync(RoutePaths.Status(prefix, ns, "web"));

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal(created.ToJsonString(), response.Json.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task GetStatus_MissingRoute_Returns404(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.GetAsync(RoutePaths.Status(prefix, ns, "x"));

        StatusAssert.Failure(response, HttpStatusCode.NotFound, "NotFound", $"{ApiPrefixes.ResourceOf(prefix)} \"x\" not found");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task PutStatus_NewStatus_IsStored(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.PutAsync(RoutePaths.Status(prefix, ns, "web"), RouteJson.Changed(created, r => r["status"] = JsonNode.Parse(Admitted)));

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal(Admitted, response.Json["status"]!.ToJsonString());
        Assert.Equal(Admitted, (await _api.GetAsync(RoutePaths.Item(RoutePaths.Other(prefix), ns, "web"))).Json["status"]!.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task PutStatus_WithChangedSpec_IgnoresSpec(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.PutAsync(RoutePaths.Status(prefix, ns, "web"), RouteJson.Changed(created, r =>
        {
            r["status"] = JsonNode.Parse(Admitted);
            r["spec"]!["to"]!["name"] = "other";
            r["spec"]!["host"] = "changed.example.com";
        }));

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal("svc", response.Str("spec.to.name"));
        Assert.Equal(created["spec"]!.ToJsonString(), (await _api.GetAsync(RoutePaths.Item(prefix, ns, "web"))).Json["spec"]!.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task PutStatus_ChangedStatusOnly_KeepsGeneration(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.PutAsync(RoutePaths.Status(prefix, ns, "web"), RouteJson.Changed(created, r => r["status"] = JsonNode.Parse(Admitted)));

        Assert.Equal(1, (long?)response.Node("metadata.generation"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task PutStatus_StaleResourceVersion_Returns409Conflict(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");
        await _api.PutAsync(RoutePaths.Status(prefix, ns, "web"), RouteJson.Changed(created, r => r["status"] = JsonNode.Parse(Admitted)));

        var response = await _api.PutAsync(RoutePaths.Status(prefix, ns, "web"), RouteJson.Changed(created, r => r["status"] = new JsonObject()));

        StatusAssert.Failure(response, HttpStatusCode.Conflict, "Conflict",
            $"Operation cannot be fulfilled on {ApiPrefixes.ResourceOf(prefix)} \"web\": the object has been modified; please apply your changes to the latest version and try again");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task PutStatus_WithoutResourceVersion_Returns422(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.PutAsync(RoutePaths.Status(prefix, ns, "web"), RouteJson.Changed(created, r =>
        {
            r["metadata"]!.AsObject().Remove("resourceVersion");
            r["status"] = JsonNode.Parse(Admitted);
        }));

        StatusAssert.Failure(response, HttpStatusCode.UnprocessableEntity, "Invalid",
            $"{ApiPrefixes.ResourceOf(prefix)} \"web\" is invalid: metadata.resourceVersion: Invalid value: 0x0: must be specified for an update");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task PutStatus_MissingRoute_Returns404(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.PutAsync(RoutePaths.Status(prefix, ns, "ghost"), RouteJson.Route("ghost", metadataExtra: ",\"resourceVersion\":\"1\""));

        StatusAssert.Failure(response, HttpStatusCode.NotFound, "NotFound", $"{ApiPrefixes.ResourceOf(prefix)} \"ghost\" not found");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task PutStatus_NameDiffersFromUrl_Returns400(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.PutAsync(RoutePaths.Status(prefix, ns, "web"), RouteJson.Changed(created, r => r["metadata"]!["name"] = "other"));

        StatusAssert.Failure(response, HttpStatusCode.BadRequest, "BadRequest", "the name of the object (other) does not match the name on the URL (web)");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Put_AfterStatusUpdate_KeepsStatus(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");
        var withStatus = (await _api.PutAsync(RoutePaths.Status(prefix, ns, "web"), RouteJson.Changed(created, r => r["status"] = JsonNode.Parse(Admitted)))).Json;

        var response = await _api.PutAsync(RoutePaths.Item(prefix, ns, "web"), RouteJson.Changed(withStatus, r =>
        {
            r["spec"]!["path"] = "/v2";
            r["status"] = new JsonObject();
        }));

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal(Admitted, response.Json["status"]!.ToJsonString());
    }
}
