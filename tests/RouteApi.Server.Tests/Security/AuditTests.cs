using System.Net;
using RouteApi.Server.Tests.Endpoints;

namespace RouteApi.Server.Tests.Security;

public sealed class AuditTests(SecurityFactory factory) : IClassFixture<SecurityFactory>
{
    private const string BodyMarker = "body-marker-that-must-not-be-logged";

    private readonly ApiClient _editor = new(factory.CreateClient(SecurityFactory.TokenOf("edit")));

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_WritesOneAuditLineWithUserVerbObjectAndCode(string prefix)
    {
        var name = NewName();

        await _editor.CreateAsync(prefix, SecurityFactory.Own, name);

        var line = Assert.Single(AuditLines(name));
        Assert.Equal("eddie", line.Properties["User"]);
        Assert.Equal("create", line.Properties["Verb"]);
        Assert.Equal("routes", line.Properties["Resource"]);
        Assert.Equal(SecurityFactory.Own, line.Properties["Namespace"]);
        Assert.Equal("201", line.Properties["Code"]);
        Assert.Contains($"namespace={SecurityFactory.Own} name={name} code=201", line.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("update", 200)]
    [InlineData("patch", 200)]
    [InlineData("delete", 200)]
    [InlineData("update status", 200)]
    [InlineData("patch status", 200)]
    public async Task Write_WritesOneAuditLineWithItsVerbAndCode(string verb, int code)
    {
        var name = NewName();
        var admin = new ApiClient(factory.CreateClient());
        var created = await admin.CreateAsync(ApiPrefixes.Group, SecurityFactory.Own, name);
        var item = RoutePaths.Item(ApiPrefixes.Group, SecurityFactory.Own, name);

        var response = verb switch
        {
            "update" => await admin.PutAsync(item, RouteJson.Changed(created, r => r["metadata"]!["labels"] = new System.Text.Json.Nodes.JsonObject { ["a"] = "b" })),
            "patch" => await admin.PatchAsync(item, """{"metadata":{"labels":{"a":"b"}}}""", "application/merge-patch+json"),
            "delete" => await admin.DeleteAsync(item),
            "update status" => await admin.PutAsync(item + "/status", created.ToJsonString()),
            _ => await admin.PatchAsync(item + "/status", """{"status":{"ingress":[]}}""", "application/merge-patch+json"),
        };

        Assert.Equal(code, (int)response.Code);
        var line = Assert.Single(AuditLines(name), l => l.Properties["Verb"] != "create");
        Assert.Equal(verb.Split(' ')[0], line.Properties["Verb"]);
        Assert.Equal(verb.EndsWith("status", StringComparison.Ordinal) ? "routes/status" : "routes", line.Properties["Resource"]);
        Assert.Equal("admin", line.Properties["User"]);
        Assert.Equal(code.ToString(System.Globalization.CultureInfo.InvariantCulture), line.Properties["Code"]);
    }

    [Fact]
    public async Task DeleteCollection_WritesOneAuditLineForTheNamespace()
    {
        var ns = ApiPrefixes.NewNamespace();
        var admin = new ApiClient(factory.CreateClient());
        await admin.CreateAsync(ApiPrefixes.Group, ns, "web");

        await admin.DeleteAsync(RoutePaths.Collection(ApiPrefixes.Group, ns));

        var line = Assert.Single(factory.Logs.Entries, e => e.EventId.Id == 4100 && e.Properties["Namespace"] == ns && e.Properties["Verb"] == "deletecollection");
        Assert.Equal("200", line.Properties["Code"]);
    }

    [Fact]
    public async Task RejectedWrite_IsAuditedWithItsCode()
    {
        var name = NewName();

        var response = await _editor.PostAsync(RoutePaths.Collection(ApiPrefixes.Group, SecurityFactory.Own), "{\"metadata\":{\"name\":\"" + name + "\"},\"spec\":{}}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Code);
        Assert.Equal("422", Assert.Single(factory.Logs.Entries, e => e.EventId.Id == 4100 && e.Message.Contains(name, StringComparison.Ordinal)).Properties["Code"]);
    }

    [Fact]
    public async Task ForbiddenWrite_IsAuditedWith403()
    {
        var name = NewName();
        var viewer = new ApiClient(factory.CreateClient(SecurityFactory.TokenOf("view")));

        var response = await viewer.DeleteAsync(RoutePaths.Item(ApiPrefixes.Group, SecurityFactory.Own, name));

        Assert.Equal(HttpStatusCode.Forbidden, response.Code);
        var line = Assert.Single(AuditLines(name));
        Assert.Equal("vera", line.Properties["User"]);
        Assert.Equal("delete", line.Properties["Verb"]);
        Assert.Equal("403", line.Properties["Code"]);
    }

    [Fact]
    public async Task Reads_AreNotAudited()
    {
        var name = NewName();
        await _editor.CreateAsync(ApiPrefixes.Group, SecurityFactory.Own, name);

        await _editor.GetAsync(RoutePaths.Item(ApiPrefixes.Group, SecurityFactory.Own, name));
        await _editor.GetAsync(RoutePaths.Collection(ApiPrefixes.Group, SecurityFactory.Own) + "?fieldSelector=metadata.name%3D" + name);

        Assert.Equal(["create"], AuditLines(name).Select(l => l.Properties["Verb"]));
    }

    [Fact]
    public async Task Writes_NeverLogTheBodyOrTheToken()
    {
        var name = NewName();
        var path = Path.Combine(AppContext.BaseDirectory, "testdata", "examples", "route-edge.json");
        var route = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        route["metadata"] = new System.Text.Json.Nodes.JsonObject { ["name"] = name, ["annotations"] = new System.Text.Json.Nodes.JsonObject { ["note"] = BodyMarker } };
        var key = (string)route["spec"]!["tls"]!["key"]!;

        var created = await _editor.PostAsync(RoutePaths.Collection(ApiPrefixes.Group, SecurityFactory.Own), route.ToJsonString());
        var invalid = await _editor.PutAsync(RoutePaths.Item(ApiPrefixes.Group, SecurityFactory.Own, name), route.ToJsonString());
        var patched = await _editor.PatchAsync(RoutePaths.Item(ApiPrefixes.Group, SecurityFactory.Own, name), "{\"metadata\":{\"labels\":{\"x\":\"" + BodyMarker + "\"}}}", "application/merge-patch+json");

        Assert.Equal(HttpStatusCode.Created, created.Code);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.Code);
        Assert.Equal(HttpStatusCode.OK, patched.Code);
        Assert.Equal(3, AuditLines(name).Count);
        var keyLine = key.Split('\n')[1];
        Assert.DoesNotContain(factory.Logs.Entries, e => Leaks(e, BodyMarker) || Leaks(e, keyLine) || Leaks(e, SecurityFactory.TokenOf("edit")));
    }

    private static bool Leaks(CapturedLog entry, string secret) =>
        entry.Message.Contains(secret, StringComparison.Ordinal)
        || (entry.Exception?.Contains(secret, StringComparison.Ordinal) ?? false)
        || entry.Properties.Values.Any(v => v?.Contains(secret, StringComparison.Ordinal) ?? false);

    private static string NewName() => "audit-" + Guid.NewGuid().ToString("N")[..10];

    private List<CapturedLog> AuditLines(string name) =>
        [.. factory.Logs.Entries.Where(e => e.EventId.Id == 4100 && e.Properties.GetValueOrDefault("Name") == name)];
}
