using System.Net;

namespace RouteApi.Server.Tests.Endpoints;

/// <summary>What every patch type shares: the patched route is stored through the update rules, on the route and on /status.</summary>
public sealed class PatchTests(RouteApiFactory factory) : IClassFixture<RouteApiFactory>
{
    private const string Ingress = """[{"host":"web.apps.example.com","routerName":"default","wildcardPolicy":"None"}]""";

    private readonly ApiClient _api = new(factory.CreateClient());

    [Theory]
    [MemberData(nameof(PatchBodies.PrefixesAndTypes), MemberType = typeof(PatchBodies))]
    public async Task Patch_ChangedSpec_Returns200WithPatchedRouteAndNewResourceVersion(string prefix, string type)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.PatchAsync(RoutePaths.Item(prefix, ns, "web"), PatchBodies.Set(type, ("/spec/path", "\"/v2\"")), type);

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal("/v2", response.Str("spec.path"));
        Assert.Equal("svc", response.Str("spec.to.name"));
        Assert.Equal(ApiPrefixes.ApiVersionOf(prefix), response.Str("apiVersion"));
        Assert.True(RouteJson.Revision(response.Json) > RouteJson.Revision(created), response.Body);
    }

    [Theory]
    [MemberData(nameof(PatchBodies.PrefixesAndTypes), MemberType = typeof(PatchBodies))]
    public async Task Patch_ChangedSpec_IsStored(string prefix, string type)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");
        var patched = await _api.PatchAsync(RoutePaths.Item(prefix, ns, "web"), PatchBodies.Set(type, ("/spec/path", "\"/v2\"")), type);

        var response = await _api.GetAsync(RoutePaths.Item(RoutePaths.Other(prefix), ns, "web"));

        Assert.Equal("/v2", response.Str("spec.path"));
        Assert.Equal(patched.Str("metadata.resourceVersion"), response.Str("metadata.resourceVersion"));
    }

    [Theory]
    [MemberData(nameof(PatchBodies.PrefixesAndTypes), MemberType = typeof(PatchBodies))]
    public async Task Patch_StaleResourceVersion_Returns409Conflict(string prefix, string type)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");
        await _api.MergePatchAsync(RoutePaths.Item(prefix, ns, "web"), """{"spec":{"path":"/v2"}}""");

        var response = await _api.PatchAsync(RoutePaths.Item(prefix, ns, "web"),
            PatchBodies.Set(type, ("/metadata/resourceVersion", "\"" + RouteJson.Revision(created) + "\""), ("/spec/path", "\"/v3\"")), type);

        var status = StatusAssert.Failure(response, HttpStatusCode.Conflict, "Conflict",
            $"Operation cannot be fulfilled on {ApiPrefixes.ResourceOf(prefix)} \"web\": the object has been modified; please apply your changes to the latest version and try again");
        StatusAssert.ResourceDetails(status, prefix, "web");
    }

    [Theory]
    [MemberData(nameof(PatchBodies.PrefixesAndTypes), MemberType = typeof(PatchBodies))]
    public async Task Patch_CurrentResourceVersion_Applies(string prefix, string type)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.PatchAsync(RoutePaths.Item(prefix, ns, "web"),
            PatchBodies.Set(type, ("/metadata/resourceVersion", "\"" + RouteJson.Revision(created) + "\""), ("/spec/path", "\"/v2\"")), type);

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal("/v2", response.Str("spec.path"));
    }

    [Theory]
    [MemberData(nameof(PatchBodies.PrefixesAndTypes), MemberType = typeof(PatchBodies))]
    public async Task Patch_ChangedHostWithoutCustomHostUpdate_Returns422(string prefix, string type)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");
        var editor = new ApiClient(factory.CreateClient(RouteApiFactory.EditorToken));

        var response = await editor.PatchAsync(RoutePaths.Item(prefix, ns, "web"), PatchBodies.Set(type, ("/spec/host", "\"new.example.com\"")), type);

        StatusAssert.Invalid(response, prefix, "web", "FieldValueInvalid", "spec.host", "Invalid value: \"new.example.com\": you do not have permission to set the host field of the route");
    }

    [Theory]
    [MemberData(nameof(PatchBodies.PrefixesAndTypes), MemberType = typeof(PatchBodies))]
    public async Task Patch_ChangedHostByClusterAdmin_IsStored(string prefix, string type)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.PatchAsync(RoutePaths.Item(prefix, ns, "web"), PatchBodies.Set(type, ("/spec/host", "\"new.example.com\"")), type);

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal("new.example.com", response.Str("spec.host"));
    }

    [Theory]
    [MemberData(nameof(PatchBodies.PrefixesAndTypes), MemberType = typeof(PatchBodies))]
    public async Task Patch_InvalidResult_Returns422(string prefix, string type)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.PatchAsync(RoutePaths.Item(prefix, ns, "web"), PatchBodies.Set(type, ("/spec/path", "\"api\"")), type);

        StatusAssert.Invalid(response, prefix, "web", "FieldValueInvalid", "spec.path", "Invalid value: \"api\": path must begin with /");
    }

    [Theory]
    [MemberData(nameof(PatchBodies.PrefixesAndTypes), MemberType = typeof(PatchBodies))]
    public async Task Patch_StatusOnMainResource_IsIgnored(string prefix, string type)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.PatchAsync(RoutePaths.Item(prefix, ns, "web"), PatchBodies.Set(type, ("/status/ingress", Ingress)), type);

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal("{}", response.Json["status"]!.ToJsonString());
        Assert.Equal((string?)created["metadata"]!["resourceVersion"], response.Str("metadata.resourceVersion"));
    }

    [Theory]
    [MemberData(nameof(PatchBodies.PrefixesAndTypes), MemberType = typeof(PatchBodies))]
    public async Task PatchStatus_NewIngress_IsStored(string prefix, string type)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.PatchAsync(RoutePaths.Status(prefix, ns, "web"), PatchBodies.Set(type, ("/status/ingress", Ingress)), type);

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal(Ingress, response.Json["status"]!["ingress"]!.ToJsonString());
        Assert.Equal(Ingress, (await _api.GetAsync(RoutePaths.Item(prefix, ns, "web"))).Json["status"]!["ingress"]!.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(PatchBodies.PrefixesAndTypes), MemberType = typeof(PatchBodies))]
    public async Task PatchStatus_ChangedSpec_IsIgnored(string prefix, string type)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.PatchAsync(RoutePaths.Status(prefix, ns, "web"), PatchBodies.Set(type, ("/spec/path", "\"/v2\""), ("/status/ingress", Ingress)), type);

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Null(response.Node("spec.path"));
        Assert.Null((await _api.GetAsync(RoutePaths.Item(prefix, ns, "web"))).Node("spec.path"));
    }

    [Theory]
    [MemberData(nameof(PatchBodies.PrefixesAndTypes), MemberType = typeof(PatchBodies))]
    public async Task Patch_MissingRoute_Returns404(string prefix, string type)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.PatchAsync(RoutePaths.Item(prefix, ns, "ghost"), PatchBodies.Set(type, ("/spec/path", "\"/v2\"")), type);

        var status = StatusAssert.Failure(response, HttpStatusCode.NotFound, "NotFound", $"{ApiPrefixes.ResourceOf(prefix)} \"ghost\" not found");
        StatusAssert.ResourceDetails(status, prefix, "ghost");
    }

    [Theory]
    [MemberData(nameof(PatchBodies.PrefixesAndTypes), MemberType = typeof(PatchBodies))]
    public async Task PatchStatus_MissingRoute_Returns404(string prefix, string type)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.PatchAsync(RoutePaths.Status(prefix, ns, "ghost"), PatchBodies.Set(type, ("/status/ingress", Ingress)), type);

        StatusAssert.Failure(response, HttpStatusCode.NotFound, "NotFound", $"{ApiPrefixes.ResourceOf(prefix)} \"ghost\" not found");
    }

    [Theory]
    [InlineData(ApiPrefixes.Group, "application/json")]
    [InlineData(ApiPrefixes.Legacy, "application/json")]
    [InlineData(ApiPrefixes.Group, "application/apply-patch+cbor")]
    [InlineData(ApiPrefixes.Legacy, "text/plain")]
    public async Task Patch_UnsupportedContentType_Returns415ListingThePatchTypes(string prefix, string contentType)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.PatchAsync(RoutePaths.Item(prefix, ns, "web"), """{"spec":{"path":"/v2"}}""", contentType);

        StatusAssert.Failure(response, HttpStatusCode.UnsupportedMediaType, "UnsupportedMediaType",
            "the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/strategic-merge-patch+json, application/apply-patch+yaml");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task PatchStatus_UnsupportedContentType_Returns415(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.PatchAsync(RoutePaths.Status(prefix, ns, "web"), """{"status":{}}""", "application/json");

        StatusAssert.Failure(response, HttpStatusCode.UnsupportedMediaType, "UnsupportedMediaType");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Patch_ContentTypeWithParameters_IsAccepted(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.PatchAsync(RoutePaths.Item(prefix, ns, "web"), """{"spec":{"path":"/v2"}}""", PatchBodies.Merge + "; charset=utf-8");

        Assert.Equal(HttpStatusCode.OK, response.Code);
    }

    [Theory]
    [MemberData(nameof(PatchBodies.PrefixesAndTypes), MemberType = typeof(PatchBodies))]
    public async Task Patch_InvalidJson_Returns400(string prefix, string type)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.PatchAsync(RoutePaths.Item(prefix, ns, "web"), """{"spec":""", type);

        // Merge and strategic merge patches may also be YAML (as upstream allows), so their message says both.
        var status = StatusAssert.Failure(response, HttpStatusCode.BadRequest, "BadRequest");
        var expected = type == "application/json-patch+json" ? "the patch is not a valid JSON document: " : "the patch is not a valid JSON or YAML document: ";
        Assert.StartsWith(expected, (string?)status["message"], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Patch_Force_Returns422ForbiddenForNonApplyPatch(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.PatchAsync(RoutePaths.Item(prefix, ns, "web") + "?force=true", """{"spec":{"path":"/v2"}}""", PatchBodies.Merge);

        var status = StatusAssert.Failure(response, HttpStatusCode.UnprocessableEntity, "Invalid",
            "PatchOptions.meta.k8s.io \"\" is invalid: force: Forbidden: may not be specified for non-apply patch");
        Assert.Equal("force", (string?)Assert.Single(status["details"]!["causes"]!.AsArray())!["field"]);
    }

    [Theory]
    [MemberData(nameof(PatchBodies.PrefixesAndTypes), MemberType = typeof(PatchBodies))]
    public async Task Patch_DryRunAll_ReturnsThePatchedRoute(string prefix, string type)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.PatchAsync(RoutePaths.Item(prefix, ns, "web") + "?dryRun=All", PatchBodies.Set(type, ("/spec/path", "\"/v2\"")), type);

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal("/v2", response.Str("spec.path"));
    }

    [Theory]
    [MemberData(nameof(PatchBodies.PrefixesAndTypes), MemberType = typeof(PatchBodies))]
    public async Task Patch_DryRunAll_StoresNothing(string prefix, string type)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");
        await _api.PatchAsync(RoutePaths.Item(prefix, ns, "web") + "?dryRun=All", PatchBodies.Set(type, ("/spec/path", "\"/v2\"")), type);

        var response = await _api.GetAsync(RoutePaths.Item(prefix, ns, "web"));

        Assert.Equal(created.ToJsonString(), response.Json.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(PatchBodies.PrefixesAndTypes), MemberType = typeof(PatchBodies))]
    public async Task Patch_UnsupportedDryRunValue_Returns422(string prefix, string type)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.PatchAsync(RoutePaths.Item(prefix, ns, "web") + "?dryRun=Some", PatchBodies.Set(type, ("/spec/path", "\"/v2\"")), type);

        StatusAssert.Failure(response, HttpStatusCode.UnprocessableEntity, "Invalid",
            "PatchOptions.meta.k8s.io \"\" is invalid: dryRun: Unsupported value: []string{\"Some\"}: supported values: \"All\"");
    }

    [Theory]
    [MemberData(nameof(PatchBodies.PrefixesAndTypes), MemberType = typeof(PatchBodies))]
    public async Task Patch_LabelsOnly_KeepsGeneration(string prefix, string type)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.PatchAsync(RoutePaths.Item(prefix, ns, "web"), PatchBodies.Set(type, ("/metadata/labels", """{"app":"web"}""")), type);

        Assert.Equal("web", response.Str("metadata.labels.app"));
        Assert.Equal(1, (long?)response.Node("metadata.generation"));
    }

    [Theory]
    [MemberData(nameof(PatchBodies.PrefixesAndTypes), MemberType = typeof(PatchBodies))]
    public async Task Patch_ChangedSpec_BumpsGeneration(string prefix, string type)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.PatchAsync(RoutePaths.Item(prefix, ns, "web"), PatchBodies.Set(type, ("/spec/path", "\"/v2\"")), type);

        Assert.Equal(2, (long?)response.Node("metadata.generation"));
    }

    [Theory]
    [MemberData(nameof(PatchBodies.PrefixesAndTypes), MemberType = typeof(PatchBodies))]
    public async Task Patch_UnchangedResult_KeepsResourceVersion(string prefix, string type)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.PatchAsync(RoutePaths.Item(prefix, ns, "web"), PatchBodies.Set(type, ("/spec/to/name", "\"svc\"")), type);

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal(created.ToJsonString(), response.Json.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(PatchBodies.PrefixesAndTypes), MemberType = typeof(PatchBodies))]
    public async Task Patch_ChangedName_Returns400(string prefix, string type)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.PatchAsync(RoutePaths.Item(prefix, ns, "web"), PatchBodies.Set(type, ("/metadata/name", "\"other\"")), type);

        StatusAssert.Failure(response, HttpStatusCode.BadRequest, "BadRequest", "the name of the object (other) does not match the name on the URL (web)");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Patch_RemovingTheLastFinalizerOfADeletingRoute_DeletesIt(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web", metadataExtra: ",\"finalizers\":[\"example.com/keep\"]");
        await _api.DeleteAsync(RoutePaths.Item(prefix, ns, "web"));

        var response = await _api.PatchAsync(RoutePaths.Item(prefix, ns, "web"), """{"metadata":{"finalizers":null}}""", PatchBodies.Merge);

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync(RoutePaths.Item(prefix, ns, "web"))).Code);
    }

}
