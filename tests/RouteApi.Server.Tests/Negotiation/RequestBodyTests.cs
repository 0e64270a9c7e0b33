using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using RouteApi.Server.Tests.Endpoints;

namespace RouteApi.Server.Tests.Negotiation;

/// <summary>
/// YAML and protobuf request bodies for create, update and <c>/status</c>: each stores exactly the
/// route its JSON twin stores (the twin is written as JSON into another namespace).
/// </summary>
public sealed class RequestBodyTests(RouteApiFactory factory) : IClassFixture<RouteApiFactory>
{
    private readonly WireClient _wire = new(factory.CreateClient());

    /// <summary>Prefix, body encoding and example manifest (certificates, alternate backends, a string target port).</summary>
    public static TheoryData<string, string, string> Bodies()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var prefix in new[] { ApiPrefixes.Group, ApiPrefixes.Legacy })
        {
            foreach (var type in new[] { MediaTypes.Yaml, MediaTypes.Protobuf })
            {
                foreach (var example in new[] { "route-edge", "route-ab-testing", "route-reencrypt", "route-plain" })
                {
                    data.Add(prefix, type, example);
                }
            }
        }

        return data;
    }

    public static TheoryData<string, string> PrefixesAndTypes() => MediaTypes.PrefixesAndTypes(MediaTypes.Yaml, MediaTypes.Protobuf);

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Create_Body_StoresTheSameRouteAsJson(string prefix, string type, string example)
    {
        var (jsonNs, ns) = (ApiPrefixes.NewNamespace(), ApiPrefixes.NewNamespace());
        var twin = await _wire.CreateJsonAsync(prefix, jsonNs, RouteBodies.Example(example, prefix, jsonNs).ToJsonString());
        var manifest = RouteBodies.Example(example, prefix, ns);

        var response = await _wire.SendAsync(HttpMethod.Post, RoutePaths.Collection(prefix, ns), RouteBodies.Encode(manifest, type), type);

        Assert.True(response.Code == HttpStatusCode.Created, $"{(int)response.Code} {response.Text}");
        Assert.Equal(MediaTypes.Json, response.ContentType);
        Assert.Equal(RouteBodies.Comparable(twin), RouteBodies.Comparable(response.Text));
        Assert.Equal(response.Text, (await _wire.GetAsync(RoutePaths.Item(prefix, ns, (string)manifest["metadata"]!["name"]!))).Text);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_HandWrittenYaml_StoresItsFieldsAndTypes(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var yaml = $"""
            # as a person writes it: comments, plain scalars, a numeric port
            apiVersion: {ApiPrefixes.ApiVersionOf(prefix)}
            kind: Route
            metadata:
              name: web
              labels:
                app: web
                tier: "1"
            spec:
              host: web.example.com
              to:
                kind: Service
                name: svc
                weight: 100
              port:
                targetPort: 8080
            """;
        var json = RouteJson.Route("web", """{"host":"web.example.com","to":{"kind":"Service","name":"svc","weight":100},"port":{"targetPort":8080}}""",
            ""","labels":{"app":"web","tier":"1"}""");
        var twinNs = ApiPrefixes.NewNamespace();
        var twin = await _wire.CreateJsonAsync(prefix, twinNs, json);

        var response = await _wire.SendAsync(HttpMethod.Post, RoutePaths.Collection(prefix, ns), Encoding.UTF8.GetBytes(yaml), MediaTypes.Yaml);

        Assert.True(response.Code == HttpStatusCode.Created, $"{(int)response.Code} {response.Text}");
        Assert.Equal(8080, (int?)response.Json["spec"]!["port"]!["targetPort"]);
        Assert.Equal(RouteBodies.Comparable(twin), RouteBodies.Comparable(response.Text));
    }

    [Theory]
    [InlineData(ApiPrefixes.Group, "application/yaml; charset=utf-8")]
    [InlineData(ApiPrefixes.Legacy, "application/yaml;charset=utf-8")]
    [InlineData(ApiPrefixes.Group, "Application/YAML")]
    [InlineData(ApiPrefixes.Group, "application/json; charset=utf-8")]
    public async Task Create_ContentTypeWithParametersOrOtherCase_IsAccepted(string prefix, string contentType)
    {
        var ns = ApiPrefixes.NewNamespace();
        var manifest = RouteBodies.Example("route-plain", prefix, ns);
        var type = contentType.Contains("json", StringComparison.OrdinalIgnoreCase) ? MediaTypes.Json : MediaTypes.Yaml;

        var response = await _wire.SendAsync(HttpMethod.Post, RoutePaths.Collection(prefix, ns), RouteBodies.Encode(manifest, type), contentType);

        Assert.True(response.Code == HttpStatusCode.Created, $"{(int)response.Code} {response.Text}");
    }

    [Theory]
    [MemberData(nameof(PrefixesAndTypes))]
    public async Task Update_Body_StoresTheSameRouteAsJson(string prefix, string type)
    {
        var (twin, current) = await CreateTwinsAsync(prefix);
        static void Change(JsonObject route)
        {
            route["metadata"]!["labels"] = new JsonObject { ["version"] = "2" };
            route["spec"]!["path"] = "/v2";
            route["spec"]!["to"]!["weight"] = 50;
        }

        var jsonResponse = await PutAsync(twin, string.Empty, MediaTypes.Json, Change);
        var response = await PutAsync(current, string.Empty, type, Change);

        Assert.True(response.Code == HttpStatusCode.OK, $"{(int)response.Code} {response.Text}");
        Assert.Equal(RouteBodies.Comparable(jsonResponse.Text), RouteBodies.Comparable(response.Text));
        Assert.Equal("/v2", (string?)response.Json["spec"]!["path"]);
        Assert.Equal(response.Text, (await _wire.GetAsync(ItemPath(prefix, current))).Text);
    }

    [Theory]
    [MemberData(nameof(PrefixesAndTypes))]
    public async Task UpdateStatus_Body_StoresTheSameStatusAsJson(string prefix, string type)
    {
        var (twin, current) = await CreateTwinsAsync(prefix);
        static void Admit(JsonObject route) => route["status"] = JsonNode.Parse("""
            {"ingress":[{"host":"www.example.com","routerName":"default","wildcardPolicy":"None","routerCanonicalHostname":"router.example.com",
              "conditions":[{"type":"Admitted","status":"True","lastTransitionTime":"2026-01-02T03:04:05Z"}]}]}
            """);

        var jsonResponse = await PutAsync(twin, "/status", MediaTypes.Json, Admit);
        var response = await PutAsync(current, "/status", type, Admit);

        Assert.True(response.Code == HttpStatusCode.OK, $"{(int)response.Code} {response.Text}");
        Assert.Equal(RouteBodies.Comparable(jsonResponse.Text), RouteBodies.Comparable(response.Text));
        Assert.Equal("Admitted", (string?)response.Json["status"]!["ingress"]![0]!["conditions"]![0]!["type"]);
        Assert.Equal(response.Text, (await _wire.GetAsync(ItemPath(prefix, current))).Text);
    }

    /// <summary>The same example created through JSON in two namespaces; each as the server answered it.</summary>
    private async Task<(JsonObject Twin, JsonObject Current)> CreateTwinsAsync(string prefix)
    {
        var (a, b) = (ApiPrefixes.NewNamespace(), ApiPrefixes.NewNamespace());
        var twin = await _wire.CreateJsonAsync(prefix, a, RouteBodies.Example("route-edge", prefix, a).ToJsonString());
        var current = await _wire.CreateJsonAsync(prefix, b, RouteBodies.Example("route-edge", prefix, b).ToJsonString());
        return (JsonNode.Parse(twin)!.AsObject(), JsonNode.Parse(current)!.AsObject());
    }

    /// <summary>PUTs <paramref name="route"/> changed by <paramref name="change"/> to its URL plus <paramref name="subresource"/>, encoded as <paramref name="type"/>.</summary>
    private Task<WireResponse> PutAsync(JsonObject route, string subresource, string type, Action<JsonObject> change)
    {
        var changed = route.DeepClone().AsObject();
        change(changed);
        return _wire.SendAsync(HttpMethod.Put, ItemPath(ApiPrefixOf(route), route) + subresource, RouteBodies.Encode(changed, type), type);
    }

    private static string ItemPath(string prefix, JsonObject route) =>
        RoutePaths.Item(prefix, (string)route["metadata"]!["namespace"]!, (string)route["metadata"]!["name"]!);

    private static string ApiPrefixOf(JsonObject route) =>
        (string?)route["apiVersion"] == ApiPrefixes.ApiVersionOf(ApiPrefixes.Group) ? ApiPrefixes.Group : ApiPrefixes.Legacy;
}
