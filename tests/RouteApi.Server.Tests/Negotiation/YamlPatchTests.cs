using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using RouteApi.Server.Tests.Endpoints;

namespace RouteApi.Server.Tests.Negotiation;

/// <summary>
/// Merge and strategic merge patches written in YAML, sent with their patch Content-Type, as
/// upstream allows: each changes the route exactly as the same patch written in JSON does.
/// </summary>
public sealed class YamlPatchTests(RouteApiFactory factory) : IClassFixture<RouteApiFactory>
{
    private const string MergePatch = "application/merge-patch+json";
    private const string StrategicMergePatch = "application/strategic-merge-patch+json";

    private readonly WireClient _wire = new(factory.CreateClient());

    /// <summary>Prefix, patch type, subresource, the patch in JSON and the same patch in YAML.</summary>
    public static TheoryData<string, string, string, string, string> Patches()
    {
        var patches = new (string Type, string Subresource, string Json, string Yaml)[]
        {
            (MergePatch, string.Empty,
                """{"metadata":{"labels":{"tier":null,"team":"a"}},"spec":{"path":"/v2","to":{"weight":50}}}""",
                "metadata:\n  labels:\n    tier: null\n    team: a\nspec:\n  path: /v2\n  to:\n    weight: 50\n"),
            (StrategicMergePatch, string.Empty,
                """{"metadata":{"labels":{"tier":null,"team":"a"},"finalizers":["example.com/b"]},"spec":{"tls":{"insecureEdgeTerminationPolicy":"Allow"}}}""",
                "metadata:\n  labels:\n    tier: ~\n    team: a\n  finalizers:\n  - example.com/b\nspec:\n  tls:\n    insecureEdgeTerminationPolicy: Allow\n"),
            (StrategicMergePatch, string.Empty,
                """{"spec":{"alternateBackends":[{"name":"b","weight":7}],"port":{"targetPort":8443}}}""",
                "spec:\n  alternateBackends:\n  - name: b\n    weight: 7\n  port: {targetPort: 8443}\n"),
            (MergePatch, "/status",
                """{"status":{"ingress":[{"host":"www.example.com","routerName":"default","conditions":[{"type":"Admitted","status":"True"}]}]}}""",
                "status:\n  ingress:\n  - host: www.example.com\n    routerName: default\n    conditions:\n    - type: Admitted\n      status: \"True\"\n"),
        };
        var data = new TheoryData<string, string, string, string, string>();
        foreach (var prefix in new[] { ApiPrefixes.Group, ApiPrefixes.Legacy })
        {
            foreach (var (type, subresource, json, yaml) in patches)
            {
                data.Add(prefix, type, subresource, json, yaml);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Patches))]
    public async Task Patch_YamlBody_ChangesTheRouteAsTheJsonPatchDoes(string prefix, string type, string subresource, string json, string yaml)
    {
        var (twin, current) = (await CreateAsync(prefix), await CreateAsync(prefix));
        var jsonResponse = await _wire.SendAsync(HttpMethod.Patch, twin + subresource, Encoding.UTF8.GetBytes(json), type);
        Assert.True(jsonResponse.Code == HttpStatusCode.OK, $"JSON patch: {(int)jsonResponse.Code} {jsonResponse.Text}");

        var response = await _wire.SendAsync(HttpMethod.Patch, current + subresource, Encoding.UTF8.GetBytes(yaml), type);

        Assert.True(response.Code == HttpStatusCode.OK, $"{(int)response.Code} {response.Text}");
        Assert.Equal(RouteBodies.Comparable(jsonResponse.Text), RouteBodies.Comparable(response.Text));
        Assert.Equal(response.Text, (await _wire.GetAsync(current)).Text);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Patch_YamlSentAsJsonPatch_Returns400AndChangesNothing(string prefix)
    {
        var path = await CreateAsync(prefix);
        var before = (await _wire.GetAsync(path)).Text;

        var response = await _wire.SendAsync(HttpMethod.Patch, path, Encoding.UTF8.GetBytes("- op: add\n  path: /spec/path\n  value: /v2\n"), "application/json-patch+json");

        StatusAssert.Failure(response.AsApiResponse(), HttpStatusCode.BadRequest, "BadRequest");
        Assert.Equal(before, (await _wire.GetAsync(path)).Text);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Patch_ContentTypeYaml_Returns415ListingThePatchTypes(string prefix)
    {
        var path = await CreateAsync(prefix);

        var response = await _wire.SendAsync(HttpMethod.Patch, path, Encoding.UTF8.GetBytes("spec:\n  path: /v2\n"), MediaTypes.Yaml);

        StatusAssert.Failure(response.AsApiResponse(), HttpStatusCode.UnsupportedMediaType, "UnsupportedMediaType",
            "the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/strategic-merge-patch+json, application/apply-patch+yaml");
    }

    /// <summary>Creates the edge example with labels in a new namespace; returns its URL.</summary>
    private async Task<string> CreateAsync(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var manifest = RouteBodies.Example("route-edge", prefix, ns);
        manifest["metadata"]!["labels"] = new JsonObject { ["app"] = "web", ["tier"] = "front" };
        await _wire.CreateJsonAsync(prefix, ns, manifest.ToJsonString());
        return RoutePaths.Item(prefix, ns, (string)manifest["metadata"]!["name"]!);
    }
}
