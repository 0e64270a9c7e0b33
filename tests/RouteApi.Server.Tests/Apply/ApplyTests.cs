using System.Net;
using System.Text.Json.Nodes;
using RouteApi.Server.Tests.Endpoints;

namespace RouteApi.Server.Tests.Apply;

/// <summary>Server-side apply: <c>application/apply-patch+yaml</c> PATCH with <c>fieldManager</c> and <c>force</c>.</summary>
public sealed class ApplyTests(RouteApiFactory factory) : IClassFixture<RouteApiFactory>
{
    private const string ApplyType = "application/apply-patch+yaml";
    private readonly ApiClient _api = new(factory.CreateClient());

    private static string Config(string prefix, string name, string spec, string metadataExtra = "") =>
        $$"""{"apiVersion":"{{ApiPrefixes.ApiVersionOf(prefix)}}","kind":"Route","metadata":{"name":"{{name}}"{{metadataExtra}}},"spec":{{spec}}}""";

    private Task<ApiResponse> ApplyAsync(string path, string body, string query = "fieldManager=mgr") =>
        _api.PatchAsync(path + "?" + query, body, ApplyType);

    private static JsonObject Entry(ApiResponse response, string manager, string operation) =>
        response.Json["metadata"]!["managedFields"]!.AsArray().Select(e => e!.AsObject())
            .Single(e => e["manager"]!.GetValue<string>() == manager && e["operation"]!.GetValue<string>() == operation);

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Apply_MissingRoute_CreatesItWith201AndAnApplyEntry(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await ApplyAsync(RoutePaths.Item(prefix, ns, "web"), Config(prefix, "web", """{"host":"web.example.com","to":{"name":"svc"}}"""));

        Assert.Equal(HttpStatusCode.Created, response.Code);
        var entry = Entry(response, "mgr", "Apply");
        Assert.Equal((ApiPrefixes.ApiVersionOf(prefix), "FieldsV1"), (entry["apiVersion"]!.GetValue<string>(), entry["fieldsType"]!.GetValue<string>()));
        Assert.Equal("""{"f:spec":{"f:host":{},"f:to":{"f:name":{}}}}""", entry["fieldsV1"]!.ToJsonString());
    }

    [Fact]
    public async Task Apply_WithoutFieldManager_Returns422OnPatchOptions()
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await ApplyAsync(RoutePaths.Item(ApiPrefixes.Group, ns, "web"), Config(ApiPrefixes.Group, "web", """{"to":{"name":"svc"}}"""), query: "");

        StatusAssert.Failure(response, HttpStatusCode.UnprocessableEntity, "Invalid",
            "PatchOptions.meta.k8s.io \"\" is invalid: fieldManager: Required value: is required for apply patch");
    }

    [Fact]
    public async Task Apply_ChangingAFieldAnotherManagerSet_Returns409NamingManagerAndField()
    {
        var ns = ApiPrefixes.NewNamespace();
        var path = RoutePaths.Item(ApiPrefixes.Group, ns, "web");
        await _api.PostAsync(RoutePaths.Collection(ApiPrefixes.Group, ns) + "?fieldManager=creator", Config(ApiPrefixes.Group, "web", """{"host":"a.example.com","to":{"name":"svc"}}"""));

        var response = await ApplyAsync(path, Config(ApiPrefixes.Group, "web", """{"host":"b.example.com","to":{"name":"svc"}}"""));

        var status = StatusAssert.Failure(response, HttpStatusCode.Conflict, "Conflict",
            "Apply failed with 1 conflict: conflict with \"creator\" using route.openshift.io/v1: .spec.host");
        var cause = Assert.Single(status["details"]!["causes"]!.AsArray())!;
        Assert.Equal(("FieldManagerConflict", "conflict with \"creator\" using route.openshift.io/v1", ".spec.host"),
            (cause["reason"]!.GetValue<string>(), cause["message"]!.GetValue<string>(), cause["field"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Apply_Forced_TakesTheFieldOver()
    {
        var ns = ApiPrefixes.NewNamespace();
        var path = RoutePaths.Item(ApiPrefixes.Group, ns, "web");
        await _api.PostAsync(RoutePaths.Collection(ApiPrefixes.Group, ns) + "?fieldManager=creator", Config(ApiPrefixes.Group, "web", """{"host":"a.example.com","to":{"name":"svc"}}"""));

        var response = await ApplyAsync(path, Config(ApiPrefixes.Group, "web", """{"host":"b.example.com"}"""), "fieldManager=mgr&force=true");

        Assert.Equal((HttpStatusCode.OK, "b.example.com"), (response.Code, response.Str("spec.host")));
        Assert.Equal("""{"f:spec":{"f:host":{}}}""", Entry(response, "mgr", "Apply")["fieldsV1"]!.ToJsonString());
        Assert.DoesNotContain("f:host", Entry(response, "creator", "Update")["fieldsV1"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_WithoutALabelItAppliedBefore_RemovesTheLabel()
    {
        var ns = ApiPrefixes.NewNamespace();
        var path = RoutePaths.Item(ApiPrefixes.Group, ns, "web");
        await ApplyAsync(path, Config(ApiPrefixes.Group, "web", """{"to":{"name":"svc"}}""", ",\"labels\":{\"app\":\"web\",\"tier\":\"front\"}"));

        var response = await ApplyAsync(path, Config(ApiPrefixes.Group, "web", """{"to":{"name":"svc"}}""", ",\"labels\":{\"app\":\"web\"}"));

        Assert.Equal("""{"app":"web"}""", response.Json["metadata"]!["labels"]!.ToJsonString());
    }

    [Fact]
    public async Task Apply_SameConfigurationTwice_WritesNothingTheSecondTime()
    {
        var ns = ApiPrefixes.NewNamespace();
        var path = RoutePaths.Item(ApiPrefixes.Group, ns, "web");
        var first = await ApplyAsync(path, Config(ApiPrefixes.Group, "web", """{"to":{"name":"svc"}}"""));

        var second = await ApplyAsync(path, Config(ApiPrefixes.Group, "web", """{"to":{"name":"svc"}}"""));

        Assert.Equal((HttpStatusCode.OK, first.Str("metadata.resourceVersion")), (second.Code, second.Str("metadata.resourceVersion")));
    }

    [Fact]
    public async Task Apply_YamlBody_IsAccepted()
    {
        var ns = ApiPrefixes.NewNamespace();
        const string Yaml = "apiVersion: route.openshift.io/v1\nkind: Route\nmetadata:\n  name: web\nspec:\n  to:\n    name: svc\n";

        var response = await ApplyAsync(RoutePaths.Item(ApiPrefixes.Group, ns, "web"), Yaml);

        Assert.Equal((HttpStatusCode.Created, "svc"), (response.Code, response.Str("spec.to.name")));
    }

    [Fact]
    public async Task Apply_WithManagedFieldsInTheBody_Returns400()
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await ApplyAsync(RoutePaths.Item(ApiPrefixes.Group, ns, "web"), Config(ApiPrefixes.Group, "web", """{"to":{"name":"svc"}}""", ",\"managedFields\":[{\"manager\":\"x\"}]"));

        StatusAssert.Failure(response, HttpStatusCode.BadRequest, "BadRequest", "metadata.managedFields must be nil");
    }

    [Fact]
    public async Task Apply_NameDifferentFromTheUrl_Returns400()
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await ApplyAsync(RoutePaths.Item(ApiPrefixes.Group, ns, "web"), Config(ApiPrefixes.Group, "other", """{"to":{"name":"svc"}}"""));

        StatusAssert.Failure(response, HttpStatusCode.BadRequest, "BadRequest", "the name of the object (other) does not match the name on the URL (web)");
    }

    [Fact]
    public async Task Apply_AlternateBackendByAnotherApplier_MergesByNameAndKind()
    {
        var ns = ApiPrefixes.NewNamespace();
        var path = RoutePaths.Item(ApiPrefixes.Group, ns, "web");
        await ApplyAsync(path, Config(ApiPrefixes.Group, "web", """{"to":{"name":"svc"},"alternateBackends":[{"kind":"Service","name":"a","weight":1}]}"""), "fieldManager=one");

        var response = await ApplyAsync(path, Config(ApiPrefixes.Group, "web", """{"alternateBackends":[{"kind":"Service","name":"b","weight":2}]}"""), "fieldManager=two");

        Assert.Equal("""[{"kind":"Service","name":"a","weight":1},{"kind":"Service","name":"b","weight":2}]""", response.Json["spec"]!["alternateBackends"]!.ToJsonString());
    }

    [Fact]
    public async Task Patch_WithForceOnAMergePatch_Returns422()
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(ApiPrefixes.Group, ns, "web");

        var response = await _api.PatchAsync(RoutePaths.Item(ApiPrefixes.Group, ns, "web") + "?force=true", """{"spec":{"path":"/x"}}""", PatchBodies.Merge);

        StatusAssert.Failure(response, HttpStatusCode.UnprocessableEntity, "Invalid",
            "PatchOptions.meta.k8s.io \"\" is invalid: force: Forbidden: may not be specified for non-apply patch");
    }
}
