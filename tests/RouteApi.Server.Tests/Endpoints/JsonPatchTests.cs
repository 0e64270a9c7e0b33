using System.Net;
using System.Text;

namespace RouteApi.Server.Tests.Endpoints;

/// <summary><c>application/json-patch+json</c> (RFC 6902): each operation, and the 400, 413 and 422 answers.</summary>
public sealed class JsonPatchTests(RouteApiFactory factory) : IClassFixture<RouteApiFactory>
{
    private readonly ApiClient _api = new(factory.CreateClient());

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task JsonPatch_Add_AddsTheMember(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        var response = await PatchAsync(prefix, ns, """[{"op":"add","path":"/metadata/labels","value":{"app":"web"}}]""");

        Assert.Equal("web", response.Str("metadata.labels.app"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task JsonPatch_AddToArrayEnd_AppendsTheElement(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web", spec: """{"to":{"name":"svc"},"alternateBackends":[{"name":"a"}]}""");

        var response = await PatchAsync(prefix, ns, """[{"op":"add","path":"/spec/alternateBackends/-","value":{"kind":"Service","name":"b","weight":1}}]""");

        Assert.Equal(["a", "b"], response.Json["spec"]!["alternateBackends"]!.AsArray().Select(b => (string?)b!["name"]));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task JsonPatch_Replace_ReplacesTheValue(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        var response = await PatchAsync(prefix, ns, """[{"op":"replace","path":"/spec/to/name","value":"other"}]""");

        Assert.Equal("other", response.Str("spec.to.name"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task JsonPatch_Remove_RemovesTheMember(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web", spec: """{"to":{"name":"svc"},"path":"/api"}""");

        var response = await PatchAsync(prefix, ns, """[{"op":"remove","path":"/spec/path"}]""");

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Null(response.Node("spec.path"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task JsonPatch_MoveAndCopy_MoveAndCopyValues(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web", metadataExtra: ",\"labels\":{\"a\":\"1\"}");

        var response = await PatchAsync(prefix, ns,
            """[{"op":"copy","from":"/metadata/labels","path":"/metadata/annotations"},{"op":"move","from":"/metadata/labels/a","path":"/metadata/labels/b"}]""");

        Assert.Equal("""{"b":"1"}""", response.Json["metadata"]!["labels"]!.ToJsonString());
        Assert.Equal("""{"a":"1"}""", response.Json["metadata"]!["annotations"]!.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task JsonPatch_PassingTest_AppliesTheFollowingOperations(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        var response = await PatchAsync(prefix, ns, """[{"op":"test","path":"/spec/to/name","value":"svc"},{"op":"replace","path":"/spec/to/name","value":"other"}]""");

        Assert.Equal("other", response.Str("spec.to.name"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task JsonPatch_FailedTest_Returns422NamingTheTest(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        var response = await PatchAsync(prefix, ns, """[{"op":"test","path":"/spec/to/name","value":"nope"},{"op":"replace","path":"/spec/to/name","value":"other"}]""");

        AssertPatchInvalid(response, prefix, "testing value /spec/to/name failed");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task JsonPatch_FailedTest_StoresNothing(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");
        await PatchAsync(prefix, ns, """[{"op":"replace","path":"/spec/to/name","value":"other"},{"op":"test","path":"/spec/to/name","value":"nope"}]""");

        var response = await _api.GetAsync(RoutePaths.Item(prefix, ns, "web"));

        Assert.Equal(created.ToJsonString(), response.Json.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task JsonPatch_ReplaceOfMissingPath_Returns422NamingThePath(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        var response = await PatchAsync(prefix, ns, """[{"op":"replace","path":"/spec/nothere","value":"x"}]""");

        AssertPatchInvalid(response, prefix, "replace operation does not apply: doc is missing path: /spec/nothere");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task JsonPatch_AddUnderMissingParent_Returns422(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        var response = await PatchAsync(prefix, ns, """[{"op":"add","path":"/spec/tls/termination","value":"edge"}]""");

        AssertPatchInvalid(response, prefix, "add operation does not apply: doc is missing path: \"/spec/tls/termination\"");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task JsonPatch_NotAnArray_Returns400(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        var response = await PatchAsync(prefix, ns, """{"op":"replace","path":"/spec/to/name","value":"other"}""");

        StatusAssert.Failure(response, HttpStatusCode.BadRequest, "BadRequest", "json: cannot unmarshal object into Go value of type jsonpatch.Patch");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task JsonPatch_UnknownOperation_Returns400(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        var response = await PatchAsync(prefix, ns, """[{"op":"frobnicate","path":"/spec/to/name"}]""");

        StatusAssert.Failure(response, HttpStatusCode.BadRequest, "BadRequest");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task JsonPatch_MoreThan10000Operations_Returns413(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");
        var patch = new StringBuilder("[");
        for (var i = 0; i < 10_001; i++)
        {
            patch.Append(i == 0 ? string.Empty : ",").Append("""{"op":"test","path":"/spec/to/name","value":"svc"}""");
        }

        var response = await PatchAsync(prefix, ns, patch.Append(']').ToString());

        StatusAssert.Failure(response, HttpStatusCode.RequestEntityTooLarge, "RequestEntityTooLarge",
            "Request entity too large: The allowed maximum operations in a JSON patch is 10000, got 10001");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task JsonPatch_Exactly10000Operations_Applies(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");
        var patch = new StringBuilder("[");
        for (var i = 0; i < 10_000; i++)
        {
            patch.Append(i == 0 ? string.Empty : ",").Append("""{"op":"test","path":"/spec/to/name","value":"svc"}""");
        }

        var response = await PatchAsync(prefix, ns, patch.Append(']').ToString());

        Assert.Equal(HttpStatusCode.OK, response.Code);
    }

    private Task<ApiResponse> PatchAsync(string prefix, string ns, string patch) =>
        _api.PatchAsync(RoutePaths.Item(prefix, ns, "web"), patch, PatchBodies.Json);

    /// <summary>A 422 Invalid on the field <c>patch</c> whose message ends with the patch error.</summary>
    private static void AssertPatchInvalid(ApiResponse response, string prefix, string error)
    {
        var status = StatusAssert.Failure(response, HttpStatusCode.UnprocessableEntity, "Invalid");
        Assert.StartsWith($"{ApiPrefixes.KindOf(prefix)} \"web\" is invalid: patch: Invalid value: \"", (string?)status["message"], StringComparison.Ordinal);
        Assert.EndsWith("\": " + error, (string?)status["message"], StringComparison.Ordinal);
        var cause = Assert.Single(status["details"]!["causes"]!.AsArray())!;
        Assert.Equal("FieldValueInvalid", (string?)cause["reason"]);
        Assert.Equal("patch", (string?)cause["field"]);
    }
}
