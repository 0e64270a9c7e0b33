using System.Net;
using System.Text.Json.Nodes;

namespace RouteApi.Server.Tests.Endpoints;

public sealed class ExampleManifestTests(RouteApiFactory factory) : IClassFixture<RouteApiFactory>
{
    private readonly ApiClient _api = new(factory.CreateClient());

    public static TheoryData<string, string> AcceptedExamples()
    {
        var data = new TheoryData<string, string>();
        foreach (var example in new[]
        {
            "route-plain", "route-generated-host", "route-ab-testing", "route-edge", "route-reencrypt",
            "route-passthrough", "route-wildcard", "invalid-edge-key-mismatch",
        })
        {
            data.Add(example, ApiPrefixes.Group);
            data.Add(example, ApiPrefixes.Legacy);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AcceptedExamples))]
    public async Task Create_AcceptedExample_Returns201WithItsSpec(string example, string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var manifest = Load(example, prefix, ns);

        var response = await _api.PostAsync(RoutePaths.Collection(prefix, ns), manifest.ToJsonString());

        Assert.True(response.Code == HttpStatusCode.Created, $"{example}: {(int)response.Code} {response.Body}");
        Assert.Equal((string?)manifest["metadata"]!["name"], response.Str("metadata.name"));
        Assert.Equal((string?)manifest["spec"]!["to"]!["name"], response.Str("spec.to.name"));
        Assert.Equal((string?)manifest["spec"]!["tls"]?["certificate"], response.Str("spec.tls.certificate"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_PassthroughWithPathExample_IsRejectedOnSpecPath(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.PostAsync(RoutePaths.Collection(prefix, ns), Load("invalid-passthrough-with-path", prefix, ns).ToJsonString());

        StatusAssert.Invalid(response, prefix, "bad-passthrough", "FieldValueInvalid", "spec.path",
            "Invalid value: \"/api\": passthrough termination does not support paths");
    }

    [Fact]
    public async Task Create_GeneratedHostExample_GetsHostOfItsNameAndNamespace()
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.PostAsync(RoutePaths.Collection(ApiPrefixes.Legacy, ns), Load("route-generated-host", ApiPrefixes.Legacy, ns).ToJsonString());

        Assert.Equal($"api-{ns}.router.default.svc.cluster.local", response.Str("spec.host"));
    }

    /// <summary>The example with the apiVersion of <paramref name="prefix"/> and the test's namespace.</summary>
    private static JsonObject Load(string example, string prefix, string ns)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "testdata", "examples", example + ".json");
        var manifest = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        manifest["apiVersion"] = ApiPrefixes.ApiVersionOf(prefix);
        manifest["metadata"]!["namespace"] = ns;
        return manifest;
    }
}
