using System.Net;

namespace RouteApi.Server.Tests.Discovery;

/// <summary>
/// Discovery and OpenAPI are open to every authenticated user, even one bound to no role (kube's
/// <c>system:discovery</c>), while the routes themselves stay forbidden to that user.
/// </summary>
public sealed class NonResourceAccessTests(NonResourceAccessTests.UnboundUserFactory factory) : IClassFixture<NonResourceAccessTests.UnboundUserFactory>
{
    public const string UnboundToken = "unbound-token-for-tests";

    private readonly ApiClient _unbound = new(factory.CreateClient(UnboundToken));

    [Theory]
    [InlineData("/api")]
    [InlineData("/apis")]
    [InlineData("/apis/route.openshift.io")]
    [InlineData("/apis/route.openshift.io/v1")]
    [InlineData("/oapi")]
    [InlineData("/oapi/v1")]
    [InlineData("/openapi/v3")]
    [InlineData("/openapi/v3/apis/route.openshift.io/v1")]
    [InlineData("/openapi/v3/oapi/v1")]
    [InlineData("/openapi/v2")]
    public async Task NonResourcePath_AsUserWithoutRoles_Returns200(string path)
    {
        var response = await _unbound.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.Code);
    }

    [Fact]
    public async Task RouteList_AsUserWithoutRoles_Returns403()
    {
        var response = await _unbound.GetAsync(ApiPrefixes.Group + "/namespaces/" + ApiPrefixes.NewNamespace() + "/routes");

        Assert.Equal(HttpStatusCode.Forbidden, response.Code);
    }

    /// <summary>The standard factory plus user <c>nobody</c>, who has a token but no binding.</summary>
    public sealed class UnboundUserFactory : RouteApiFactory
    {
        protected override IEnumerable<string> TokenLines() => [.. base.TokenLines(), UnboundToken + ",nobody,nobody-uid"];
    }
}
