using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace RouteApi.Server.Tests.Endpoints;

public sealed class BadInputTests(RouteApiFactory factory) : IClassFixture<RouteApiFactory>
{
    private const int Limit = 3 * 1024 * 1024;

    /// <summary>Bodies that must be refused, with the code they must get (see <see cref="Body"/>).</summary>
    private static readonly (string Case, int Code)[] BodyCases =
    [
        ("malformed", 400),
        ("not-json", 400),
        ("truncated", 400),
        ("empty", 400),
        ("null", 400),
        ("array", 400),
        ("string", 400),
        ("to-as-string", 400),
        ("weight-as-string", 400),
        ("weight-overflow", 400),
        ("target-port-as-object", 400),
        ("metadata-as-array", 400),
        ("label-value-as-number", 400),
        ("raw-null-byte", 400),
        ("escaped-null-byte-in-name", 422),
        ("invalid-utf8", 400),
        ("nesting-deeper-than-100", 400),
        ("name-with-slash", 422),
        ("name-dot-dot", 422),
        ("empty-object", 422),
    ];

    private readonly ApiClient _api = new(factory.CreateClient());

    public static TheoryData<string, string, int> BadBodies()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var prefix in new[] { ApiPrefixes.Group, ApiPrefixes.Legacy })
        {
            foreach (var (name, code) in BodyCases)
            {
                data.Add(prefix, name, code);
            }
        }

        return data;
    }

    public static TheoryData<string, string> BadBodyCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var prefix in new[] { ApiPrefixes.Group, ApiPrefixes.Legacy })
        {
            foreach (var (name, _) in BodyCases)
            {
                data.Add(prefix, name);
            }
        }

        return data;
    }

    public static TheoryData<string, string, string> BadNamesInUrl()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var prefix in new[] { ApiPrefixes.Group, ApiPrefixes.Legacy })
        {
            foreach (var method in new[] { "GET", "PUT", "DELETE" })
            {
                data.Add(prefix, method, "a%2Fb");
                data.Add(prefix, method, "..");
                data.Add(prefix, method, "a%25b");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Create_BadBody_ReturnsClientErrorStatus(string prefix, string bodyCase, int code)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.SendBytesAsync(HttpMethod.Post, RoutePaths.Collection(prefix, ns), Body(bodyCase));

        StatusAssert.ClientError(response);
        Assert.Equal(code, (int)response.Code);
    }

    [Theory]
    [MemberData(nameof(BadBodyCases))]
    public async Task Create_BadBody_StoresNothing(string prefix, string bodyCase)
    {
        var ns = ApiPrefixes.NewNamespace();

        await _api.SendBytesAsync(HttpMethod.Post, RoutePaths.Collection(prefix, ns), Body(bodyCase));

        await AssertNamespaceEmptyAsync(prefix, ns);
    }

    [Theory]
    [MemberData(nameof(BadBodyCases))]
    public async Task Put_BadBody_ReturnsClientErrorAndKeepsStoredRoute(string prefix, string bodyCase)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");
        var path = RoutePaths.Item(prefix, ns, "web");

        var response = await _api.SendBytesAsync(HttpMethod.Put, path, Body(bodyCase));

        StatusAssert.ClientError(response);
        Assert.Equal(created.ToJsonString(), (await _api.GetAsync(path)).Json.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_ToAsString_Returns400CannotBeHandledAsRoute(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.SendBytesAsync(HttpMethod.Post, RoutePaths.Collection(prefix, ns), Body("to-as-string"));

        var status = StatusAssert.Failure(response, HttpStatusCode.BadRequest, "BadRequest");
        Assert.StartsWith("Route in version \"v1\" cannot be handled as a Route: ", (string?)status["message"], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_NestingDeeperThan100_Returns400ForDepth(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.SendBytesAsync(HttpMethod.Post, RoutePaths.Collection(prefix, ns), Body("nesting-deeper-than-100"));

        var status = StatusAssert.Failure(response, HttpStatusCode.BadRequest, "BadRequest");
        Assert.Contains("depth", (string?)status["message"], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_NestingWithin100Levels_Returns201(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var spec = "{\"to\":{\"name\":\"svc\"},\"x\":" + new string('[', 90) + new string(']', 90) + "}";

        var response = await _api.PostAsync(RoutePaths.Collection(prefix, ns), RouteJson.Route("web", spec));

        Assert.Equal(HttpStatusCode.Created, response.Code);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_BodyOverLimitWithContentLength_Returns413(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        using var request = new HttpRequestMessage(HttpMethod.Post, RoutePaths.Collection(prefix, ns)) { Content = new ByteArrayContent(OversizedBody()) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await SendWithTimeoutAsync(request);

        StatusAssert.Failure(response, HttpStatusCode.RequestEntityTooLarge, "RequestEntityTooLarge", "Request entity too large: limit is 3145728");
        await AssertNamespaceEmptyAsync(prefix, ns);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_ChunkedBodyOverLimit_Returns413(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        using var request = new HttpRequestMessage(HttpMethod.Post, RoutePaths.Collection(prefix, ns)) { Content = new ChunkedContent(OversizedBody()) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TransferEncodingChunked = true;

        var response = await SendWithTimeoutAsync(request);

        StatusAssert.Failure(response, HttpStatusCode.RequestEntityTooLarge, "RequestEntityTooLarge", "Request entity too large: limit is 3145728");
        await AssertNamespaceEmptyAsync(prefix, ns);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_ChunkedBodyUnderLimit_Returns201(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        using var request = new HttpRequestMessage(HttpMethod.Post, RoutePaths.Collection(prefix, ns))
        {
            Content = new ChunkedContent(Encoding.UTF8.GetBytes(RouteJson.Route("web"))),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TransferEncodingChunked = true;

        var response = await SendWithTimeoutAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.Code);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Put_BodyOverLimit_Returns413(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");
        using var request = new HttpRequestMessage(HttpMethod.Put, RoutePaths.Item(prefix, ns, "web")) { Content = new ChunkedContent(OversizedBody()) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await SendWithTimeoutAsync(request);

        StatusAssert.Failure(response, HttpStatusCode.RequestEntityTooLarge, "RequestEntityTooLarge", "Request entity too large: limit is 3145728");
    }

    [Theory]
    [InlineData(ApiPrefixes.Group, "application/xml")]
    [InlineData(ApiPrefixes.Group, "text/plain")]
    [InlineData(ApiPrefixes.Group, "not a media type")]
    [InlineData(ApiPrefixes.Legacy, "application/xml")]
    [InlineData(ApiPrefixes.Legacy, "text/plain")]
    [InlineData(ApiPrefixes.Legacy, "not a media type")]
    public async Task Create_UnsupportedContentType_Returns415(string prefix, string contentType)
    {
        var ns = ApiPrefixes.NewNamespace();
        using var request = new HttpRequestMessage(HttpMethod.Post, RoutePaths.Collection(prefix, ns)) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(RouteJson.Route("web"))) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var response = await _api.SendAsync(request);

        var status = StatusAssert.Failure(response, HttpStatusCode.UnsupportedMediaType, "UnsupportedMediaType");
        Assert.StartsWith("the body of the request was in an unknown format - accepted media types include: application/json", (string?)status["message"], StringComparison.Ordinal);
        await AssertNamespaceEmptyAsync(prefix, ns);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Put_UnsupportedContentType_Returns415(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.SendAsync(HttpMethod.Put, RoutePaths.Item(prefix, ns, "web"), created.ToJsonString(), "application/xml");

        StatusAssert.Failure(response, HttpStatusCode.UnsupportedMediaType, "UnsupportedMediaType");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_JsonWithCharset_Returns201(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.SendAsync(HttpMethod.Post, RoutePaths.Collection(prefix, ns), RouteJson.Route("web"), "application/json; charset=utf-8");

        Assert.Equal(HttpStatusCode.Created, response.Code);
    }

    [Theory]
    [MemberData(nameof(BadNamesInUrl))]
    public async Task Send_PathUnsafeNameInUrl_Returns400(string prefix, string method, string name)
    {
        var ns = ApiPrefixes.NewNamespace();
        var body = method == "GET" ? null : RouteJson.Route("web", metadataExtra: ",\"resourceVersion\":\"1\"");

        var response = await SendRawPathAsync(method, RoutePaths.Item(prefix, ns, name), body);

        StatusAssert.Failure(response, HttpStatusCode.BadRequest, "BadRequest");
        await AssertNamespaceEmptyAsync(prefix, ns);
    }

    private static byte[] Body(string bodyCase) => bodyCase switch
    {
        "malformed" => Utf8("""{"metadata":{"name":"web"},,"spec":{"to":{"name":"svc"}}}"""),
        "not-json" => Utf8("metadata:\n  name: web\nspec:\n  to:\n    name: svc\n"),
        "truncated" => Utf8(RouteJson.Route("web")[..30]),
        "empty" => [],
        "null" => Utf8("null"),
        "array" => Utf8("""[{"metadata":{"name":"web"}}]"""),
        "string" => Utf8("\"route\""),
        "to-as-string" => Utf8(RouteJson.Route("web", """{"to":"svc"}""")),
        "weight-as-string" => Utf8(RouteJson.Route("web", """{"to":{"name":"svc","weight":"100"}}""")),
        "weight-overflow" => Utf8(RouteJson.Route("web", """{"to":{"name":"svc","weight":99999999999}}""")),
        "target-port-as-object" => Utf8(RouteJson.Route("web", """{"to":{"name":"svc"},"port":{"targetPort":{"port":8080}}}""")),
        "metadata-as-array" => Utf8("""{"metadata":[],"spec":{"to":{"name":"svc"}}}"""),
        "label-value-as-number" => Utf8(RouteJson.Route("web", metadataExtra: ",\"labels\":{\"a\":1}")),
        "raw-null-byte" => Utf8(RouteJson.Route("we\0b")),
        "escaped-null-byte-in-name" => Utf8(RouteJson.Route("we\\u0000b")),
        "invalid-utf8" => [.. Utf8("{\"metadata\":{\"name\":\"we"), 0xC3, 0x28, 0xFF, .. Utf8("b\"},\"spec\":{\"to\":{\"name\":\"svc\"}}}")],
        "nesting-deeper-than-100" => Utf8(RouteJson.Route("web", "{\"to\":{\"name\":\"svc\"},\"x\":" + new string('[', 150) + new string(']', 150) + "}")),
        "name-with-slash" => Utf8(RouteJson.Route("a/b")),
        "name-dot-dot" => Utf8(RouteJson.Route("..")),
        "empty-object" => Utf8("{}"),
        _ => throw new ArgumentOutOfRangeException(nameof(bodyCase), bodyCase, null),
    };

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>A well-formed route just over the 3 MiB limit (a huge annotation).</summary>
    private static byte[] OversizedBody() =>
        Utf8(RouteJson.Route("web", metadataExtra: ",\"annotations\":{\"big\":\"" + new string('x', Limit) + "\"}"));

    private async Task AssertNamespaceEmptyAsync(string prefix, string ns)
    {
        var list = await _api.GetAsync(RoutePaths.Collection(prefix, ns));
        Assert.Equal(HttpStatusCode.OK, list.Code);
        Assert.Empty(list.Json["items"]!.AsArray());
    }

    /// <summary>
    /// Sends a request whose path reaches the server as written: HttpClient would resolve <c>..</c>
    /// segments before sending, as Kestrel does on arrival, so the server's own name check could not be reached.
    /// </summary>
    private async Task<ApiResponse> SendRawPathAsync(string method, string path, string? body)
    {
        var context = await factory.Server.SendAsync(
            c =>
            {
                c.Request.Method = method;
                c.Request.Path = PathString.FromUriComponent(path);
                c.Request.Headers.Authorization = "Bearer " + RouteApiFactory.AdminToken;
                if (body is not null)
                {
                    c.Request.ContentType = "application/json";
                    c.Request.Body = new MemoryStream(Utf8(body));
                }
            },
            TestContext.Current.CancellationToken);
        using var reader = new StreamReader(context.Response.Body);
        var text = await reader.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var message = new HttpResponseMessage();
        return new ApiResponse((HttpStatusCode)context.Response.StatusCode, text, context.Response.ContentType, message.Headers);
    }

    /// <summary>Sends with a 10-second bound, so a server that never answers a large upload fails the test instead of hanging it.</summary>
    private async Task<ApiResponse> SendWithTimeoutAsync(HttpRequestMessage request)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        using var response = await _api.Http.SendAsync(request, timeout.Token);
        var text = await response.Content.ReadAsStringAsync(timeout.Token);
        return new ApiResponse(response.StatusCode, text, response.Content.Headers.ContentType?.MediaType, response.Headers);
    }

    /// <summary>Content of unknown length, so the request goes out chunked without a Content-Length.</summary>
    private sealed class ChunkedContent(byte[] body) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            for (var offset = 0; offset < body.Length; offset += 64 * 1024)
            {
                await stream.WriteAsync(body.AsMemory(offset, Math.Min(64 * 1024, body.Length - offset)));
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
