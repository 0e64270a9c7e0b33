using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using RouteApi.Server.Tests.Backends;
using RouteApi.Server.Tests.Endpoints;

namespace RouteApi.Server.Tests.Negotiation;

// Its own etcd in the etcd pass: whole list bodies, resourceVersion included, are compared.
/// <summary>
/// Indented JSON (two spaces, no trailing newline) for <c>?pretty=true</c>, the <c>;pretty=1</c>
/// Accept parameter and curl, Wget and browser user agents; compact JSON ending in a newline otherwise.
/// </summary>
public sealed class PrettyJsonTests(OwnEtcdFactory factory) : IClassFixture<OwnEtcdFactory>
{
    private const string Curl = "curl/8.5.0";
    private const string Browser = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly WireClient _wire = new(factory.CreateClient());

    /// <summary>Ways to ask for indented JSON: a query, an Accept, a user agent.</summary>
    public static TheoryData<string, string, string, string> PrettyRequests()
    {
        var requests = new (string Query, string Accept, string UserAgent)[]
        {
            ("?pretty=true", string.Empty, string.Empty),
            ("?pretty=1", string.Empty, string.Empty),
            ("?pretty=True", string.Empty, string.Empty),
            (string.Empty, "application/json;pretty=1", string.Empty),
            (string.Empty, "application/yaml;q=0.5, application/json;pretty=1", string.Empty),
            (string.Empty, string.Empty, Curl),
            (string.Empty, string.Empty, "Wget/1.21.4"),
            (string.Empty, string.Empty, Browser),
            (string.Empty, "*/*", Curl),
        };
        var data = new TheoryData<string, string, string, string>();
        foreach (var prefix in new[] { ApiPrefixes.Group, ApiPrefixes.Legacy })
        {
            foreach (var (query, accept, userAgent) in requests)
            {
                data.Add(prefix, query, accept, userAgent);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PrettyRequests))]
    public async Task Get_PrettyRequested_ReturnsIndentedJsonWithoutTrailingNewline(string prefix, string query, string accept, string userAgent)
    {
        var ns = ApiPrefixes.NewNamespace();
        var compact = await _wire.CreateJsonAsync(prefix, ns, RouteJson.Route("web"));

        var response = await _wire.GetAsync(RoutePaths.Item(prefix, ns, "web") + query, NullIfEmpty(accept), NullIfEmpty(userAgent));

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal(MediaTypes.Json, response.ContentType);
        Assert.Equal(Indent(compact), response.Text);
    }

    [Theory]
    [MemberData(nameof(PrettyRequests))]
    public async Task List_PrettyRequested_ReturnsIndentedJsonWithoutTrailingNewline(string prefix, string query, string accept, string userAgent)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _wire.CreateJsonAsync(prefix, ns, RouteJson.Route("web"));
        var path = RoutePaths.Collection(prefix, ns);
        var compact = (await _wire.GetAsync(path)).Text;

        var response = await _wire.GetAsync(path + query, NullIfEmpty(accept), NullIfEmpty(userAgent));

        Assert.Equal(MediaTypes.Json, response.ContentType);
        Assert.Equal(Indent(compact), response.Text);
    }

    [Theory]
    [MemberData(nameof(PrettyRequests))]
    public async Task Get_MissingRoutePrettyRequested_ReturnsIndentedStatus(string prefix, string query, string accept, string userAgent)
    {
        var path = RoutePaths.Item(prefix, ApiPrefixes.NewNamespace(), "missing");
        var compact = (await _wire.GetAsync(path)).Text;

        var response = await _wire.GetAsync(path + query, NullIfEmpty(accept), NullIfEmpty(userAgent));

        Assert.Equal(HttpStatusCode.NotFound, response.Code);
        Assert.Equal(Indent(compact), response.Text);
    }

    [Theory]
    [MemberData(nameof(PrettyRequests))]
    public async Task Create_PrettyRequested_ReturnsIndentedJson(string prefix, string query, string accept, string userAgent)
    {
        var ns = ApiPrefixes.NewNamespace();
        var body = System.Text.Encoding.UTF8.GetBytes(RouteJson.Route("web"));

        var response = await _wire.SendAsync(new WireRequest(HttpMethod.Post, RoutePaths.Collection(prefix, ns) + query)
        {
            Body = body,
            ContentType = MediaTypes.Json,
            Accept = NullIfEmpty(accept),
            UserAgent = NullIfEmpty(userAgent),
        });

        Assert.Equal(HttpStatusCode.Created, response.Code);
        Assert.Equal(Indent((await _wire.GetAsync(RoutePaths.Item(prefix, ns, "web"))).Text), response.Text);
    }

    [Theory]
    [InlineData(ApiPrefixes.Group, "", "", "")]
    [InlineData(ApiPrefixes.Legacy, "", "", "")]
    [InlineData(ApiPrefixes.Group, "?pretty=false", "", Curl)]
    [InlineData(ApiPrefixes.Legacy, "?pretty=0", "", Browser)]
    [InlineData(ApiPrefixes.Group, "", "application/json;pretty=0", "")]
    [InlineData(ApiPrefixes.Group, "", "", "kubectl/v1.32.0 (linux/amd64) kubernetes/abcdef0")]
    public async Task Get_PrettyNotRequested_ReturnsCompactJsonEndingWithNewline(string prefix, string query, string accept, string userAgent)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _wire.CreateJsonAsync(prefix, ns, RouteJson.Route("web"));

        var response = await _wire.GetAsync(RoutePaths.Item(prefix, ns, "web") + query, NullIfEmpty(accept), NullIfEmpty(userAgent));

        Assert.Equal(MediaTypes.Json, response.ContentType);
        Assert.EndsWith("}\n", response.Text, StringComparison.Ordinal);
        Assert.Equal(JsonNode.Parse(response.Text)!.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n", response.Text);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Get_YamlFromCurl_ReturnsTheSameYamlAsWithoutPretty(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _wire.CreateJsonAsync(prefix, ns, RouteJson.Route("web"));
        var path = RoutePaths.Item(prefix, ns, "web");
        var plain = await _wire.GetAsync(path, MediaTypes.Yaml);

        var response = await _wire.GetAsync(path + "?pretty=true", MediaTypes.Yaml, Curl);

        Assert.Equal(MediaTypes.Yaml, response.ContentType);
        Assert.Equal(plain.Body, response.Body);
    }

    /// <summary>The server's compact JSON indented as kube-apiserver indents it: two spaces, no trailing newline.</summary>
    private static string Indent(string compact)
    {
        Assert.EndsWith("\n", compact, StringComparison.Ordinal);
        return JsonNode.Parse(compact)!.ToJsonString(Indented);
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
