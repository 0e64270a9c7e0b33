using System.Net;
using System.Text;
using RouteApi.Server.Tests.Endpoints;

namespace RouteApi.Server.Tests.Security;

public sealed class RequestLimitsTests(SecurityFactory factory) : IClassFixture<SecurityFactory>
{
    private const int MaxBody = 3 * 1024 * 1024;

    private readonly ApiClient _api = new(factory.CreateClient());

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/yaml")]
    [InlineData("application/vnd.kubernetes.protobuf")]
    public async Task Create_WithBodyOver3MiB_Returns413Status(string contentType)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.SendBytesAsync(HttpMethod.Post, RoutePaths.Collection(ApiPrefixes.Group, ns), OversizedRoute(), contentType);

        StatusAssert.Failure(response, HttpStatusCode.RequestEntityTooLarge, "RequestEntityTooLarge");
        Assert.Empty((await _api.GetAsync(RoutePaths.Collection(ApiPrefixes.Group, ns))).ItemNames());
    }

    [Fact]
    public async Task Create_WithChunkedBodyOver3MiB_Returns413Status()
    {
        var ns = ApiPrefixes.NewNamespace();
        using var request = new HttpRequestMessage(HttpMethod.Post, RoutePaths.Collection(ApiPrefixes.Group, ns))
        {
            Content = new StreamContent(new MemoryStream(OversizedRoute())),
        };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.TransferEncodingChunked = true;

        var response = await _api.SendAsync(request);

        StatusAssert.Failure(response, HttpStatusCode.RequestEntityTooLarge, "RequestEntityTooLarge");
    }

    [Theory]
    [InlineData("application/merge-patch+json")]
    [InlineData("application/json-patch+json")]
    [InlineData("application/strategic-merge-patch+json")]
    public async Task Patch_WithBodyOver3MiB_Returns413Status(string contentType)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(ApiPrefixes.Group, ns, "web");

        var response = await _api.SendBytesAsync(HttpMethod.Patch, RoutePaths.Item(ApiPrefixes.Group, ns, "web"), OversizedRoute(), contentType);

        StatusAssert.Failure(response, HttpStatusCode.RequestEntityTooLarge, "RequestEntityTooLarge");
    }

    [Fact]
    public async Task Create_WithBodyJustUnder3MiB_IsNotRefusedForItsSize()
    {
        var ns = ApiPrefixes.NewNamespace();
        var padding = new string(' ', MaxBody - 200);
        var body = "{\"metadata\":{\"name\":\"web\"},\"spec\":{\"to\":{\"name\":\"svc\"}}" + padding + "}";

        var response = await _api.PostAsync(RoutePaths.Collection(ApiPrefixes.Group, ns), body);

        Assert.Equal(HttpStatusCode.Created, response.Code);
    }

    [Theory]
    [InlineData("application/json", 101)]
    [InlineData("application/json", 5000)]
    [InlineData("application/yaml", 101)]
    [InlineData("application/merge-patch+json", 101)]
    [InlineData("application/strategic-merge-patch+json", 101)]
    public async Task Write_WithNestingDeeperThan100_Returns400Status(string contentType, int depth)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(ApiPrefixes.Group, ns, "web");
        var nested = "{\"metadata\":{\"name\":\"web\",\"annotations\":{\"a\":\"b\"}},\"spec\":{\"to\":{\"name\":\"svc\"}},\"x\":"
            + string.Concat(Enumerable.Repeat("[", depth)) + string.Concat(Enumerable.Repeat("]", depth)) + "}";
        var isPatch = contentType.Contains("patch", StringComparison.Ordinal);
        var path = isPatch ? RoutePaths.Item(ApiPrefixes.Group, ns, "web") : RoutePaths.Collection(ApiPrefixes.Group, ns);

        var response = await _api.SendAsync(isPatch ? HttpMethod.Patch : HttpMethod.Post, path, nested, contentType);

        StatusAssert.Failure(response, HttpStatusCode.BadRequest, "BadRequest");
    }

    [Fact]
    public async Task Get_WithUrlOver8KiB_Returns414Status()
    {
        var response = await _api.GetAsync(RoutePaths.Collection(ApiPrefixes.Group, "x") + "?labelSelector=" + new string('a', 8 * 1024));

        StatusAssert.Failure(response, HttpStatusCode.RequestUriTooLong, "RequestURITooLong");
    }

    [Fact]
    public async Task Get_WithHeadersOver32KiB_Returns431Status()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, RoutePaths.Collection(ApiPrefixes.Group, "x"));
        request.Headers.Add("X-Padding", new string('a', 33 * 1024));

        var response = await _api.SendAsync(request);

        StatusAssert.Failure(response, HttpStatusCode.RequestHeaderFieldsTooLarge, "RequestHeaderFieldsTooLarge");
    }

    [Fact]
    public async Task Get_WithManySmallHeadersOver32KiB_Returns431Status()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, RoutePaths.Collection(ApiPrefixes.Group, "x"));
        for (var i = 0; i < 400; i++)
        {
            request.Headers.Add("X-Padding-" + i, new string('b', 100));
        }

        var response = await _api.SendAsync(request);

        StatusAssert.Failure(response, HttpStatusCode.RequestHeaderFieldsTooLarge, "RequestHeaderFieldsTooLarge");
    }

    [Fact]
    public async Task Get_WithUrlAndHeadersJustUnderTheLimits_IsServed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, RoutePaths.Collection(ApiPrefixes.Group, "x") + "?labelSelector=" + new string('a', 7 * 1024));
        request.Headers.Add("X-Padding", new string('a', 30 * 1024));

        var response = await _api.SendAsync(request);

        Assert.True(response.Code is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{(int)response.Code} {response.Body}");
    }

    /// <summary>A valid-looking route whose annotation makes the body 3 MiB + 1 KiB.</summary>
    private static byte[] OversizedRoute() => Encoding.UTF8.GetBytes(
        "{\"metadata\":{\"name\":\"big\",\"annotations\":{\"a\":\"" + new string('x', MaxBody + 1024) + "\"}},\"spec\":{\"to\":{\"name\":\"svc\"}}}");
}
