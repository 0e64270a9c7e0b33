using System.Net;
using System.Net.Http.Headers;
using RouteApi.Server.Tests.Endpoints;

namespace RouteApi.Server.Tests.Security;

public sealed class AuthenticationTests(SecurityFactory factory) : IClassFixture<SecurityFactory>
{
    /// <summary>Authorization header values that must not authenticate anybody; null sends no header.</summary>
    public static TheoryData<string?> RejectedHeaders() => new(
        null,
        string.Empty,
        "Bearer",
        "Bearer ",
        "Bearer " + RouteApiFactory.AdminToken + " extra",
        "Bearer unknown-token",
        "Bearer " + RouteApiFactory.AdminToken + "x",
        "Bearer " + RouteApiFactory.AdminToken[..^1],
        "Basic " + Convert.ToBase64String("admin:admin-token-for-tests"u8.ToArray()),
        "Basic " + Convert.ToBase64String("admin-token-for-tests:"u8.ToArray()),
        "Token " + RouteApiFactory.AdminToken,
        RouteApiFactory.AdminToken,
        "Bearer admin-uid",
        "Bearer admin");

    [Theory]
    [MemberData(nameof(RejectedHeaders))]
    public async Task Request_WithRejectedAuthorization_Returns401Unauthorized(string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, RoutePaths.Collection(ApiPrefixes.Group, SecurityFactory.Own));
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        var response = await Anonymous().SendAsync(request);

        StatusAssert.Failure(response, HttpStatusCode.Unauthorized, "Unauthorized", "Unauthorized");
        Assert.False(response.Headers.Contains("WWW-Authenticate"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Write_WithUnknownToken_Returns401AndStoresNothing(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var stranger = new ApiClient(factory.CreateClient("not-a-token"));

        var response = await stranger.PostAsync(RoutePaths.Collection(prefix, ns), """{"metadata":{"name":"web"},"spec":{"to":{"name":"svc"}}}""");

        StatusAssert.Failure(response, HttpStatusCode.Unauthorized, "Unauthorized", "Unauthorized");
        Assert.Equal(HttpStatusCode.NotFound, (await new ApiClient(factory.CreateClient()).GetAsync(RoutePaths.Item(prefix, ns, "web"))).Code);
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/livez")]
    [InlineData("/readyz")]
    public async Task HealthProbe_WithoutToken_Returns200(string path)
    {
        var response = await Anonymous().GetAsync(path);

        Assert.True(response.Code == HttpStatusCode.OK, $"{path}: {(int)response.Code} {response.Body}");
    }

    [Theory]
    [InlineData("/healthz", null)]
    [InlineData("/livez", null)]
    [InlineData("/readyz", null)]
    [InlineData("/version", null)]
    [InlineData("/healthz", "Bearer not-a-token")]
    [InlineData("/version", "Basic YTpi")]
    public async Task PublicPath_WithoutValidToken_IsNotRefused(string path, string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        var response = await Anonymous().SendAsync(request);

        Assert.NotEqual(HttpStatusCode.Unauthorized, response.Code);
        Assert.NotEqual(HttpStatusCode.Forbidden, response.Code);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/apis")]
    [InlineData("/healthz/")]
    [InlineData("/version/x")]
    [InlineData("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews")]
    public async Task NonPublicPath_WithoutToken_Returns401(string path)
    {
        var response = await Anonymous().GetAsync(path);

        StatusAssert.Failure(response, HttpStatusCode.Unauthorized, "Unauthorized", "Unauthorized");
    }

    [Fact]
    public async Task Token_IsCaseSensitiveButSchemeIsNot()
    {
        using var lower = new HttpRequestMessage(HttpMethod.Get, RoutePaths.Collection(ApiPrefixes.Group, SecurityFactory.Own));
        lower.Headers.TryAddWithoutValidation("Authorization", "bearer " + RouteApiFactory.AdminToken);
        using var upperToken = new HttpRequestMessage(HttpMethod.Get, RoutePaths.Collection(ApiPrefixes.Group, SecurityFactory.Own));
        upperToken.Headers.Authorization = new AuthenticationHeaderValue("Bearer", RouteApiFactory.AdminToken.ToUpperInvariant());

        var accepted = await Anonymous().SendAsync(lower);
        var rejected = await Anonymous().SendAsync(upperToken);

        Assert.Equal(HttpStatusCode.OK, accepted.Code);
        StatusAssert.Failure(rejected, HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [Fact]
    public async Task RejectedToken_IsNeverLogged()
    {
        const string Secret = "secret-looking-token-0123456789";

        await new ApiClient(factory.CreateClient(Secret)).GetAsync(RoutePaths.Collection(ApiPrefixes.Group, SecurityFactory.Own));
        await new ApiClient(factory.CreateClient()).GetAsync(RoutePaths.Collection(ApiPrefixes.Group, SecurityFactory.Own));

        Assert.DoesNotContain(factory.Logs.Entries, e => e.Message.Contains(Secret, StringComparison.Ordinal) || e.Message.Contains(RouteApiFactory.AdminToken, StringComparison.Ordinal));
    }

    private ApiClient Anonymous()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = null;
        return new ApiClient(client);
    }
}
