using System.Net;

namespace RouteApi.Server.Tests.Endpoints;

/// <summary><c>fieldValidation</c> on create, update and patch: Strict rejects, Warn (the default) warns, Ignore is silent.</summary>
public sealed class FieldValidationTests(RouteApiFactory factory) : IClassFixture<RouteApiFactory>
{
    private const string UnknownFieldSpec = """{"to":{"name":"svc"},"foo":"bar"}""";
    private const string UnknownFieldWarning = "299 - \"unknown field \\\"spec.foo\\\"\"";

    private readonly ApiClient _api = new(factory.CreateClient());

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_StrictWithUnknownField_Returns400StrictDecodingError(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.PostAsync(RoutePaths.Collection(prefix, ns) + "?fieldValidation=Strict", RouteJson.Route("web", UnknownFieldSpec));

        StatusAssert.Failure(response, HttpStatusCode.BadRequest, "BadRequest",
            "Route in version \"v1\" cannot be handled as a Route: strict decoding error: unknown field \"spec.foo\"");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_StrictWithDuplicateField_Returns400StrictDecodingError(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.PostAsync(RoutePaths.Collection(prefix, ns) + "?fieldValidation=Strict",
            RouteJson.Route("web", """{"host":"a.example.com","host":"b.example.com","to":{"name":"svc"}}"""));

        StatusAssert.Failure(response, HttpStatusCode.BadRequest, "BadRequest",
            "Route in version \"v1\" cannot be handled as a Route: strict decoding error: duplicate field \"spec.host\"");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_StrictWithUnknownAndDuplicateFields_ListsBoth(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.PostAsync(RoutePaths.Collection(prefix, ns) + "?fieldValidation=Strict",
            RouteJson.Route("web", """{"foo":1,"host":"a.example.com","host":"b.example.com","to":{"name":"svc"}}"""));

        StatusAssert.Failure(response, HttpStatusCode.BadRequest, "BadRequest",
            "Route in version \"v1\" cannot be handled as a Route: strict decoding error: unknown field \"spec.foo\", duplicate field \"spec.host\"");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_StrictWithUnknownField_StoresNothing(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.PostAsync(RoutePaths.Collection(prefix, ns) + "?fieldValidation=Strict", RouteJson.Route("web", UnknownFieldSpec));

        var response = await _api.GetAsync(RoutePaths.Item(prefix, ns, "web"));

        Assert.Equal(HttpStatusCode.NotFound, response.Code);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Update_StrictWithUnknownField_Returns400StrictDecodingError(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.PutAsync(RoutePaths.Item(prefix, ns, "web") + "?fieldValidation=Strict", RouteJson.Changed(created, r => r["spec"]!["foo"] = "bar"));

        StatusAssert.Failure(response, HttpStatusCode.BadRequest, "BadRequest",
            "Route in version \"v1\" cannot be handled as a Route: strict decoding error: unknown field \"spec.foo\"");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_WarnWithUnknownField_Returns201WithWarningHeader(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.PostAsync(RoutePaths.Collection(prefix, ns) + "?fieldValidation=Warn", RouteJson.Route("web", UnknownFieldSpec));

        Assert.Equal(HttpStatusCode.Created, response.Code);
        Assert.Equal([UnknownFieldWarning], WarningsOf(response));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_DefaultWithUnknownField_Returns201WithWarningHeader(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.PostAsync(RoutePaths.Collection(prefix, ns), RouteJson.Route("web", UnknownFieldSpec));

        Assert.Equal(HttpStatusCode.Created, response.Code);
        Assert.Equal([UnknownFieldWarning], WarningsOf(response));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_WarnWithUnknownField_DropsTheField(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.PostAsync(RoutePaths.Collection(prefix, ns) + "?fieldValidation=Warn", RouteJson.Route("web", UnknownFieldSpec));

        var response = await _api.GetAsync(RoutePaths.Item(prefix, ns, "web"));

        Assert.Null(response.Node("spec.foo"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_WarnWithDuplicateField_Returns201WithWarningHeader(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.PostAsync(RoutePaths.Collection(prefix, ns) + "?fieldValidation=Warn",
            RouteJson.Route("web", """{"host":"a.example.com","host":"b.example.com","to":{"name":"svc"}}"""));

        Assert.Equal(HttpStatusCode.Created, response.Code);
        Assert.Equal(["299 - \"duplicate field \\\"spec.host\\\"\""], WarningsOf(response));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Update_DefaultWithUnknownField_Returns200WithWarningHeader(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.PutAsync(RoutePaths.Item(prefix, ns, "web"), RouteJson.Changed(created, r => r["spec"]!["foo"] = "bar"));

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal([UnknownFieldWarning], WarningsOf(response));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_IgnoreWithUnknownField_Returns201WithoutWarning(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.PostAsync(RoutePaths.Collection(prefix, ns) + "?fieldValidation=Ignore", RouteJson.Route("web", UnknownFieldSpec));

        Assert.Equal(HttpStatusCode.Created, response.Code);
        Assert.Empty(WarningsOf(response));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_KnownFieldsOnly_SendsNoWarning(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.PostAsync(RoutePaths.Collection(prefix, ns), RouteJson.Route("web"));

        Assert.Equal(HttpStatusCode.Created, response.Code);
        Assert.Empty(WarningsOf(response));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_UnsupportedFieldValidation_Returns422(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.PostAsync(RoutePaths.Collection(prefix, ns) + "?fieldValidation=x", RouteJson.Route("web"));

        StatusAssert.Failure(response, HttpStatusCode.UnprocessableEntity, "Invalid",
            "CreateOptions.meta.k8s.io \"\" is invalid: fieldValidation: Unsupported value: \"x\": supported values: \"\", \"Ignore\", \"Strict\", \"Warn\"");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Update_UnsupportedFieldValidation_Returns422(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.PutAsync(RoutePaths.Item(prefix, ns, "web") + "?fieldValidation=strict", created.ToJsonString());

        StatusAssert.Failure(response, HttpStatusCode.UnprocessableEntity, "Invalid",
            "UpdateOptions.meta.k8s.io \"\" is invalid: fieldValidation: Unsupported value: \"strict\": supported values: \"\", \"Ignore\", \"Strict\", \"Warn\"");
    }

    [Theory]
    [MemberData(nameof(PatchBodies.PrefixesAndTypes), MemberType = typeof(PatchBodies))]
    public async Task Patch_UnsupportedFieldValidation_Returns422(string prefix, string type)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.PatchAsync(RoutePaths.Item(prefix, ns, "web") + "?fieldValidation=x", PatchBodies.Set(type, ("/spec/path", "\"/v2\"")), type);

        StatusAssert.Failure(response, HttpStatusCode.UnprocessableEntity, "Invalid",
            "PatchOptions.meta.k8s.io \"\" is invalid: fieldValidation: Unsupported value: \"x\": supported values: \"\", \"Ignore\", \"Strict\", \"Warn\"");
    }

    [Theory]
    [MemberData(nameof(PatchBodies.PrefixesAndTypes), MemberType = typeof(PatchBodies))]
    public async Task Patch_StrictWithUnknownField_Returns422OnFieldPatch(string prefix, string type)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.PatchAsync(RoutePaths.Item(prefix, ns, "web") + "?fieldValidation=Strict", PatchBodies.Set(type, ("/spec/foo", "\"bar\"")), type);

        var status = StatusAssert.Failure(response, HttpStatusCode.UnprocessableEntity, "Invalid");
        Assert.StartsWith($"{ApiPrefixes.KindOf(prefix)} \"web\" is invalid: patch: Invalid value: \"", (string?)status["message"], StringComparison.Ordinal);
        Assert.EndsWith("\": strict decoding error: unknown field \"spec.foo\"", (string?)status["message"], StringComparison.Ordinal);
        var cause = Assert.Single(status["details"]!["causes"]!.AsArray())!;
        Assert.Equal("patch", (string?)cause["field"]);
        Assert.Equal("FieldValueInvalid", (string?)cause["reason"]);
    }

    [Theory]
    [MemberData(nameof(PatchBodies.PrefixesAndTypes), MemberType = typeof(PatchBodies))]
    public async Task Patch_StrictWithUnknownField_StoresNothing(string prefix, string type)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");
        await _api.PatchAsync(RoutePaths.Item(prefix, ns, "web") + "?fieldValidation=Strict", PatchBodies.Set(type, ("/spec/foo", "\"bar\""), ("/spec/path", "\"/v2\"")), type);

        var response = await _api.GetAsync(RoutePaths.Item(prefix, ns, "web"));

        Assert.Equal(created.ToJsonString(), response.Json.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(PatchBodies.PrefixesAndTypes), MemberType = typeof(PatchBodies))]
    public async Task Patch_DefaultWithUnknownField_Returns200WithWarningHeader(string prefix, string type)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.PatchAsync(RoutePaths.Item(prefix, ns, "web"), PatchBodies.Set(type, ("/spec/foo", "\"bar\""), ("/spec/path", "\"/v2\"")), type);

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal("/v2", response.Str("spec.path"));
        Assert.Equal([UnknownFieldWarning], WarningsOf(response));
    }

    [Theory]
    [MemberData(nameof(PatchBodies.PrefixesAndTypes), MemberType = typeof(PatchBodies))]
    public async Task Patch_IgnoreWithUnknownField_Returns200WithoutWarning(string prefix, string type)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.PatchAsync(RoutePaths.Item(prefix, ns, "web") + "?fieldValidation=Ignore", PatchBodies.Set(type, ("/spec/foo", "\"bar\"")), type);

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Empty(WarningsOf(response));
    }

    /// <summary>The raw <c>Warning</c> header values, as sent.</summary>
    private static List<string> WarningsOf(ApiResponse response) =>
        response.Headers.NonValidated.TryGetValues("Warning", out var values) ? [.. values] : [];
}
