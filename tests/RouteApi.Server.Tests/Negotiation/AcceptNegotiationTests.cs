using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using RouteApi.Core.Model;
using RouteApi.Server.Tests.Backends;
using RouteApi.Server.Tests.Endpoints;

namespace RouteApi.Server.Tests.Negotiation;

// Its own etcd in the etcd pass: whole list bodies, resourceVersion included, are compared.
/// <summary>
/// The response encoding chosen from <c>Accept</c> for get, list and create: JSON by default and
/// for wildcards, YAML and protobuf on request, q-values first, then the client's order, with
/// conversion clauses (<c>;as=…</c>) and unknown types passed over.
/// </summary>
public sealed class AcceptNegotiationTests(OwnEtcdFactory factory) : IClassFixture<OwnEtcdFactory>
{
    private const string PartialThenJson = "application/json;as=PartialObjectMetadata;v=v1;g=meta.k8s.io, application/json";

    private readonly WireClient _wire = new(factory.CreateClient());

    /// <summary>Accept headers (empty: none sent) and the media type each must select.</summary>
    public static TheoryData<string, string, string> Choices()
    {
        var choices = new (string Accept, string Type)[]
        {
            (string.Empty, MediaTypes.Json),
            ("*/*", MediaTypes.Json),
            ("application/*", MediaTypes.Json),
            (MediaTypes.Json, MediaTypes.Json),
            (MediaTypes.Yaml, MediaTypes.Yaml),
            (MediaTypes.Protobuf, MediaTypes.Protobuf),
            ("application/json;q=0.5, application/yaml", MediaTypes.Yaml),
            ("application/yaml;q=0.5, application/vnd.kubernetes.protobuf;q=0.8, application/json;q=0.1", MediaTypes.Protobuf),
            ("application/json;q=0, application/yaml;q=0.1", MediaTypes.Yaml),
            ("*/*;q=0.1, application/yaml;q=0.2", MediaTypes.Yaml),
            ("application/yaml, application/json", MediaTypes.Yaml),
            ("application/json, application/yaml", MediaTypes.Json),
            ("application/vnd.kubernetes.protobuf, application/json", MediaTypes.Protobuf),
            ("text/html, application/yaml", MediaTypes.Yaml),
            ("text/html, */*;q=0.8", MediaTypes.Json),
            (PartialThenJson, MediaTypes.Json),
            ("application/json;as=PartialObjectMetadata;v=v1;g=meta.k8s.io, application/yaml;q=0.5", MediaTypes.Yaml),
            ("application/yaml;charset=utf-8", MediaTypes.Yaml),
        };
        var data = new TheoryData<string, string, string>();
        foreach (var prefix in new[] { ApiPrefixes.Group, ApiPrefixes.Legacy })
        {
            foreach (var (accept, type) in choices)
            {
                data.Add(prefix, accept, type);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Choices))]
    public async Task Get_Accept_AnswersChosenEncodingOfTheJsonRoute(string prefix, string accept, string type)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _wire.CreateJsonAsync(prefix, ns, RouteJson.Route("web"));
        var path = RoutePaths.Item(prefix, ns, "web");
        var json = (await _wire.GetAsync(path)).Text;

        var response = await _wire.GetAsync(path, NullIfEmpty(accept));

        Assert.Equal(HttpStatusCode.OK, response.Code);
        WireAssert.SameObject<Route>(response, type, json, ApiPrefixes.ApiVersionOf(prefix), "Route");
    }

    [Theory]
    [MemberData(nameof(Choices))]
    public async Task List_Accept_AnswersChosenEncodingOfTheJsonList(string prefix, string accept, string type)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _wire.CreateJsonAsync(prefix, ns, RouteJson.Route("a"));
        await _wire.CreateJsonAsync(prefix, ns, RouteJson.Route("b"));
        var path = RoutePaths.Collection(prefix, ns);
        var json = (await _wire.GetAsync(path)).Text;

        var response = await _wire.GetAsync(path, NullIfEmpty(accept));

        Assert.Equal(HttpStatusCode.OK, response.Code);
        WireAssert.SameObject<RouteList>(response, type, json, ApiPrefixes.ApiVersionOf(prefix), "RouteList");
    }

    [Theory]
    [MemberData(nameof(PrefixesAndTypes))]
    public async Task List_EmptyNamespace_AnswersEmptyListInChosenEncoding(string prefix, string type)
    {
        var path = RoutePaths.Collection(prefix, ApiPrefixes.NewNamespace());
        var json = (await _wire.GetAsync(path)).Text;

        var response = await _wire.GetAsync(path, type);

        Assert.Equal(HttpStatusCode.OK, response.Code);
        WireAssert.SameObject<RouteList>(response, type, json, ApiPrefixes.ApiVersionOf(prefix), "RouteList");
    }

    [Theory]
    [MemberData(nameof(PrefixesAndTypes))]
    public async Task Create_Accept_Answers201InChosenEncodingOfTheStoredRoute(string prefix, string type)
    {
        var ns = ApiPrefixes.NewNamespace();
        var body = Encoding.UTF8.GetBytes(RouteJson.Route("web"));

        var response = await _wire.SendAsync(HttpMethod.Post, RoutePaths.Collection(prefix, ns), body, MediaTypes.Json, accept: type);

        Assert.Equal(HttpStatusCode.Created, response.Code);
        var stored = (await _wire.GetAsync(RoutePaths.Item(prefix, ns, "web"))).Text;
        WireAssert.SameObject<Route>(response, type, stored, ApiPrefixes.ApiVersionOf(prefix), "Route");
    }

    [Theory]
    [MemberData(nameof(PrefixesAndTypes))]
    public async Task Update_Accept_Answers200InChosenEncodingOfTheStoredRoute(string prefix, string type)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = JsonNode.Parse(await _wire.CreateJsonAsync(prefix, ns, RouteJson.Route("web")))!.AsObject();
        var path = RoutePaths.Item(prefix, ns, "web");
        var body = Encoding.UTF8.GetBytes(RouteJson.Changed(created, r => r["spec"]!["path"] = "/v2"));

        var response = await _wire.SendAsync(HttpMethod.Put, path, body, MediaTypes.Json, accept: type);

        Assert.Equal(HttpStatusCode.OK, response.Code);
        WireAssert.SameObject<Route>(response, type, (await _wire.GetAsync(path)).Text, ApiPrefixes.ApiVersionOf(prefix), "Route");
    }

    [Theory]
    [MemberData(nameof(PrefixesAndTypes))]
    public async Task Delete_Accept_AnswersSuccessStatusInChosenEncoding(string prefix, string type)
    {
        var ns = ApiPrefixes.NewNamespace();
        var uid = (string?)JsonNode.Parse(await _wire.CreateJsonAsync(prefix, ns, RouteJson.Route("web")))!["metadata"]!["uid"];
        var group = prefix == ApiPrefixes.Group ? "\"group\":\"route.openshift.io\"," : string.Empty;
        var json = $$$"""{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Success","details":{"name":"web",{{{group}}}"kind":"routes","uid":"{{{uid}}}"}}""" + "\n";

        var response = await _wire.SendAsync(new WireRequest(HttpMethod.Delete, RoutePaths.Item(prefix, ns, "web")) { Accept = type });

        Assert.Equal(HttpStatusCode.OK, response.Code);
        WireAssert.SameObject<Status>(response, type, json, "v1", "Status");
    }

    public static TheoryData<string, string> PrefixesAndTypes() =>
        MediaTypes.PrefixesAndTypes(MediaTypes.Json, MediaTypes.Yaml, MediaTypes.Protobuf);

    private static string? NullIfEmpty(string accept) => accept.Length == 0 ? null : accept;
}
