using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace RouteApi.Server.Tests.Endpoints;

public sealed class UpdateTests(RouteApiFactory factory) : IClassFixture<RouteApiFactory>
{
    private readonly ApiClient _api = new(factory.CreateClient());

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Put_ChangedSpec_Returns200WithNewerResourceVersion(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.PutAsync(RoutePaths.Item(prefix, ns, "web"), RouteJson.Changed(created, r => r["spec"]!["to"]!["name"] = "other"));

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal("other", response.Str("spec.to.name"));
        Assert.Equal(ApiPrefixes.ApiVersionOf(prefix), response.Str("apiVersion"));
        Assert.True(Revision(response.Json) > Revision(created), response.Body);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Put_ChangedSpec_IsStored(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");
        var updated = await _api.PutAsync(RoutePaths.Item(prefix, ns, "web"), RouteJson.Changed(created, r => r["spec"]!["path"] = "/v2"));

        var response = await _api.GetAsync(RoutePaths.Item(RoutePaths.Other(prefix), ns, "web"));

        Assert.Equal("/v2", response.Str("spec.path"));
        Assert.Equal(updated.Str("metadata.resourceVersion"), response.Str("metadata.resourceVersion"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Put_StaleResourceVersion_Returns409Conflict(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");
        await _api.PutAsync(RoutePaths.Item(prefix, ns, "web"), RouteJson.Changed(created, r => r["spec"]!["path"] = "/v2"));

        var response = await _api.PutAsync(RoutePaths.Item(prefix, ns, "web"), RouteJson.Changed(created, r => r["spec"]!["path"] = "/v3"));

        var status = StatusAssert.Failure(response, HttpStatusCode.Conflict, "Conflict",
            $"Operation cannot be fulfilled on {ApiPrefixes.ResourceOf(prefix)} \"web\": the object has been modified; please apply your changes to the latest version and try again");
        StatusAssert.ResourceDetails(status, prefix, "web");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Put_WithoutResourceVersion_Returns422MustBeSpecified(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.PutAsync(RoutePaths.Item(prefix, ns, "web"), RouteJson.Changed(created, r => r["metadata"]!.AsObject().Remove("resourceVersion")));

        var status = StatusAssert.Failure(response, HttpStatusCode.UnprocessableEntity, "Invalid",
            $"{ApiPrefixes.ResourceOf(prefix)} \"web\" is invalid: metadata.resourceVersion: Invalid value: 0x0: must be specified for an update");
        var cause = Assert.Single(status["details"]!["causes"]!.AsArray())!;
        Assert.Equal("metadata.resourceVersion", (string?)cause["field"]);
        Assert.Equal("routes", (string?)status["details"]!["kind"]);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Put_MissingRoute_Returns404(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var body = RouteJson.Route("ghost", metadataExtra: ",\"resourceVersion\":\"1\"");

        var response = await _api.PutAsync(RoutePaths.Item(prefix, ns, "ghost"), body);

        var status = StatusAssert.Failure(response, HttpStatusCode.NotFound, "NotFound", $"{ApiPrefixes.ResourceOf(prefix)} \"ghost\" not found");
        StatusAssert.ResourceDetails(status, prefix, "ghost");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Put_NameDiffersFromUrl_Returns400(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.PutAsync(RoutePaths.Item(prefix, ns, "web"), RouteJson.Changed(created, r => r["metadata"]!["name"] = "other"));

        StatusAssert.Failure(response, HttpStatusCode.BadRequest, "BadRequest", "the name of the object (other) does not match the name on the URL (web)");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Put_NamespaceDiffersFromUrl_Returns400(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.PutAsync(RoutePaths.Item(prefix, ns, "web"), RouteJson.Changed(created, r => r["metadata"]!["namespace"] = "other"));

        StatusAssert.Failure(response, HttpStatusCode.BadRequest, "BadRequest",
            "the namespace of the provided object does not match the namespace sent on the request");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Put_WithStatus_IgnoresStatus(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.PutAsync(RoutePaths.Item(prefix, ns, "web"), RouteJson.Changed(created, r =>
        {
            r["spec"]!["path"] = "/v2";
            r["status"] = JsonNode.Parse("""{"ingress":[{"host":"x.example.com","routerName":"r"}]}""");
        }));

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal("{}", response.Json["status"]!.ToJsonString());
        Assert.Equal("{}", (await _api.GetAsync(RoutePaths.Item(prefix, ns, "web"))).Json["status"]!.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Put_EmptyHost_KeepsStoredHost(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.PutAsync(RoutePaths.Item(prefix, ns, "web"), RouteJson.Changed(created, r => r["spec"]!.AsObject().Remove("host")));

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal($"web-{ns}.router.default.svc.cluster.local", response.Str("spec.host"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Put_ChangedHostWithoutCustomHostUpdate_Returns422(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");
        var editor = new ApiClient(factory.CreateClient(RouteApiFactory.EditorToken));

        var response = await editor.PutAsync(RoutePaths.Item(prefix, ns, "web"), RouteJson.Changed(created, r => r["spec"]!["host"] = "new.example.com"));

        StatusAssert.Invalid(response, prefix, "web", "FieldValueInvalid", "spec.host", "Invalid value: \"new.example.com\": you do not have permission to set the host field of the route");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Put_ChangedHostByClusterAdmin_IsStored(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.PutAsync(RoutePaths.Item(prefix, ns, "web"), RouteJson.Changed(created, r => r["spec"]!["host"] = "new.example.com"));

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal("new.example.com", response.Str("spec.host"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Put_ChangedWildcardPolicy_Returns422FieldIsImmutable(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web", """{"host":"www.example.com","wildcardPolicy":"Subdomain","to":{"name":"svc"}}""");

        var response = await _api.PutAsync(RoutePaths.Item(prefix, ns, "web"), RouteJson.Changed(created, r => r["spec"]!["wildcardPolicy"] = "None"));

        StatusAssert.Invalid(response, prefix, "web", "FieldValueInvalid", "spec.wildcardPolicy", "Invalid value: \"None\": field is immutable");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Put_InvalidSpec_Returns422AndKeepsStoredRoute(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.PutAsync(RoutePaths.Item(prefix, ns, "web"), RouteJson.Changed(created, r => r["spec"]!["to"]!["weight"] = 1000));

        var stored = await _api.GetAsync(RoutePaths.Item(prefix, ns, "web"));
        StatusAssert.Invalid(response, prefix, "web", "FieldValueInvalid", "spec.to.weight", "Invalid value: 1000: weight must be an integer between 0 and 256");
        Assert.Equal(created.ToJsonString(), stored.Json.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Put_ChangedSpec_BumpsGeneration(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.PutAsync(RoutePaths.Item(prefix, ns, "web"), RouteJson.Changed(created, r => r["spec"]!["path"] = "/v2"));

        Assert.Equal(2, (long?)response.Node("metadata.generation"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Put_ChangedLabelsOnly_KeepsGeneration(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.PutAsync(RoutePaths.Item(prefix, ns, "web"), RouteJson.Changed(created, r => r["metadata"]!["labels"] = new JsonObject { ["v"] = "2" }));

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal("2", response.Str("metadata.labels.v"));
        Assert.Equal(1, (long?)response.Node("metadata.generation"));
        Assert.True(Revision(response.Json) > Revision(created), response.Body);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Put_GenerationInBody_IsIgnored(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.PutAsync(RoutePaths.Item(prefix, ns, "web"), RouteJson.Changed(created, r => r["metadata"]!["generation"] = 40));

        Assert.Equal(1, (long?)response.Node("metadata.generation"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Put_Unchanged_KeepsResourceVersion(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.PutAsync(RoutePaths.Item(prefix, ns, "web"), created.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal(created.ToJsonString(), response.Json.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Put_WithoutServerSetMetadata_KeepsUidAndCreationTimestamp(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.PutAsync(RoutePaths.Item(prefix, ns, "web"), RouteJson.Changed(created, r =>
        {
            var meta = r["metadata"]!.AsObject();
            meta.Remove("uid");
            meta.Remove("creationTimestamp");
            r["spec"]!["path"] = "/v2";
        }));

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal((string?)created["metadata"]!["uid"], response.Str("metadata.uid"));
        Assert.Equal((string?)created["metadata"]!["creationTimestamp"], response.Str("metadata.creationTimestamp"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Put_DifferentUid_Returns409Conflict(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");
        var uid = "0b8f5c39-3c61-4f6b-9d43-8a3b2b7c1d00";

        var response = await _api.PutAsync(RoutePaths.Item(prefix, ns, "web"), RouteJson.Changed(created, r => r["metadata"]!["uid"] = uid));

        StatusAssert.Failure(response, HttpStatusCode.Conflict, "Conflict",
            $"Operation cannot be fulfilled on {ApiPrefixes.ResourceOf(prefix)} \"web\": StorageError: invalid object, Code: 4, Key: /registry/routes/{ns}/web, " +
            $"ResourceVersion: 0, AdditionalErrorMsg: Precondition failed: UID in precondition: {uid}, UID in object meta: {created["metadata"]!["uid"]}");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Put_DryRunAll_ReturnsChangeButStoresNothing(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.PutAsync(RoutePaths.Item(prefix, ns, "web") + "?dryRun=All", RouteJson.Changed(created, r => r["spec"]!["path"] = "/v2"));

        var stored = await _api.GetAsync(RoutePaths.Item(prefix, ns, "web"));
        Assert.Equal("/v2", response.Str("spec.path"));
        Assert.Null(stored.Node("spec.path"));
    }

    private static long Revision(JsonObject route) =>
        long.Parse((string)route["metadata"]!["resourceVersion"]!, CultureInfo.InvariantCulture);
}
