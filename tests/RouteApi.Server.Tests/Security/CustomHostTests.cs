using System.Net;
using System.Text.Json.Nodes;
using RouteApi.Server.Tests.Endpoints;

namespace RouteApi.Server.Tests.Security;

/// <summary>
/// route-semantics §2.11 through the roles: edit has <c>create</c> on routes/custom-host (set a host
/// or certificates on create, change certificates on update), admin also <c>update</c> (change the
/// host or subdomain of an existing route). Denials are 422 field errors, not 403.
/// </summary>
public sealed class CustomHostTests(SecurityFactory factory) : IClassFixture<SecurityFactory>
{
    private readonly ApiClient _editor = new(factory.CreateClient(SecurityFactory.TokenOf("edit")));
    private readonly ApiClient _admin = new(factory.CreateClient(SecurityFactory.TokenOf("admin")));

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_ByEditorWithHostAndCertificates_IsStored(string prefix)
    {
        var route = EdgeRoute(prefix, NewName());

        var response = await _editor.PostAsync(RoutePaths.Collection(prefix, SecurityFactory.Own), route.ToJsonString());

        Assert.True(response.Code == HttpStatusCode.Created, $"{(int)response.Code} {response.Body}");
        Assert.Equal("www.example.com", response.Str("spec.host"));
        Assert.Equal((string?)route["spec"]!["tls"]!["key"], response.Str("spec.tls.key"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Put_ChangedHostByNamespaceEditor_Returns422(string prefix)
    {
        var created = await CreateEdgeAsync(prefix);

        var response = await _editor.PutAsync(ItemOf(prefix, created), RouteJson.Changed(created, r => r["spec"]!["host"] = "other.example.com"));

        StatusAssert.Invalid(response, prefix, NameOf(created), "FieldValueInvalid", "spec.host",
            "Invalid value: \"other.example.com\": you do not have permission to set the host field of the route");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Patch_ChangedHostByNamespaceEditor_Returns422AndKeepsTheHost(string prefix)
    {
        var created = await CreateEdgeAsync(prefix);

        var response = await _editor.PatchAsync(ItemOf(prefix, created), """{"spec":{"host":"other.example.com"}}""", "application/merge-patch+json");

        StatusAssert.Invalid(response, prefix, NameOf(created), "FieldValueInvalid", "spec.host",
            "Invalid value: \"other.example.com\": you do not have permission to set the host field of the route");
        Assert.Equal("www.example.com", (await _admin.GetAsync(ItemOf(prefix, created))).Str("spec.host"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Patch_ChangedSubdomainByNamespaceEditor_Returns422OnSubdomain(string prefix)
    {
        var created = await _editor.CreateAsync(prefix, SecurityFactory.Own, NewName(), """{"subdomain":"web","to":{"name":"svc"}}""");

        var response = await _editor.PatchAsync(ItemOf(prefix, created), """{"spec":{"subdomain":"shop"}}""", "application/merge-patch+json");

        StatusAssert.Invalid(response, prefix, NameOf(created), "FieldValueInvalid", "spec.subdomain",
            "Invalid value: \"shop\": you do not have permission to set the subdomain field of the route");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Patch_ChangedHostByNamespaceAdmin_IsStored(string prefix)
    {
        var created = await CreateEdgeAsync(prefix);

        var response = await _admin.PatchAsync(ItemOf(prefix, created), """{"spec":{"host":"other.example.com"}}""", "application/merge-patch+json");

        Assert.True(response.Code == HttpStatusCode.OK, $"{(int)response.Code} {response.Body}");
        Assert.Equal("other.example.com", response.Str("spec.host"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Put_ChangedCertificateOnlyByEditor_IsStored(string prefix)
    {
        var created = await CreateEdgeAsync(prefix);
        var otherPem = (string)created["spec"]!["tls"]!["certificate"]!;

        var response = await _editor.PutAsync(ItemOf(prefix, created), RouteJson.Changed(created, r => r["spec"]!["tls"]!["caCertificate"] = otherPem));

        Assert.True(response.Code == HttpStatusCode.OK, $"{(int)response.Code} {response.Body}");
        Assert.Equal(otherPem, response.Str("spec.tls.caCertificate"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Put_RemovedCertificatesByEditor_IsStored(string prefix)
    {
        var created = await CreateEdgeAsync(prefix);

        var response = await _editor.PutAsync(ItemOf(prefix, created), RouteJson.Changed(created, r => r["spec"]!["tls"] = new JsonObject { ["termination"] = "edge" }));

        Assert.True(response.Code == HttpStatusCode.OK, $"{(int)response.Code} {response.Body}");
        Assert.Null(response.Node("spec.tls.key"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Put_SameHostAndCertificatesByEditor_NeedsNoCustomHostUpdate(string prefix)
    {
        var created = await CreateEdgeAsync(prefix);

        var response = await _editor.PutAsync(ItemOf(prefix, created), RouteJson.Changed(created, r => r["metadata"]!["labels"] = new JsonObject { ["tier"] = "web" }));

        Assert.True(response.Code == HttpStatusCode.OK, $"{(int)response.Code} {response.Body}");
    }

    [Fact]
    public async Task Put_ChangedHostByEditor_NeverEchoesTheKey()
    {
        var created = await CreateEdgeAsync(ApiPrefixes.Group);

        var response = await _editor.PutAsync(ItemOf(ApiPrefixes.Group, created), RouteJson.Changed(created, r => r["spec"]!["host"] = "other.example.com"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Code);
        Assert.DoesNotContain("PRIVATE KEY", response.Body, StringComparison.Ordinal);
    }

    private static string NewName() => "web-" + Guid.NewGuid().ToString("N")[..10];

    private static string NameOf(JsonObject route) => (string)route["metadata"]!["name"]!;

    private static string ItemOf(string prefix, JsonObject route) => RoutePaths.Item(prefix, SecurityFactory.Own, NameOf(route));

    private static JsonObject EdgeRoute(string prefix, string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "testdata", "examples", "route-edge.json");
        var route = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        route["apiVersion"] = ApiPrefixes.ApiVersionOf(prefix);
        route["metadata"] = new JsonObject { ["name"] = name, ["namespace"] = SecurityFactory.Own };
        return route;
    }

    private async Task<JsonObject> CreateEdgeAsync(string prefix)
    {
        var response = await _editor.PostAsync(RoutePaths.Collection(prefix, SecurityFactory.Own), EdgeRoute(prefix, NewName()).ToJsonString());
        Assert.True(response.Code == HttpStatusCode.Created, $"{(int)response.Code} {response.Body}");
        return response.Json;
    }
}
