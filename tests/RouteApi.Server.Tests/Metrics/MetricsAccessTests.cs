using System.Net;

namespace RouteApi.Server.Tests.Metrics;

/// <summary>
/// <c>/metrics</c> needs a token (401) and <c>get</c> on the non-resource path (403): allowed for
/// system:masters, a cluster-wide cluster-admin binding and group system:monitoring, as kube's
/// default RBAC; view, edit and a namespaced binding grant no non-resource URLs.
/// </summary>
public sealed class MetricsAccessTests(MetricsFactory factory) : IClassFixture<MetricsFactory>
{
    [Fact]
    public async Task Scrape_WithoutToken_Returns401Status()
    {
        using var anonymous = factory.CreateClient();
        anonymous.DefaultRequestHeaders.Authorization = null;

        var response = await new ApiClient(anonymous).GetAsync(Scraper.Path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Code);
        Assert.Equal("Unauthorized", response.Str("reason"));
    }

    [Theory]
    [InlineData(RouteApiFactory.EditorToken, "editor")]
    [InlineData(MetricsFactory.ViewerToken, "viewer")]
    [InlineData(MetricsFactory.NamespaceAdminToken, "ns-admin")]
    public async Task Scrape_AsUserWithoutClusterAdmin_Returns403ForThePath(string token, string user)
    {
        var response = await new ApiClient(factory.CreateClient(token)).GetAsync(Scraper.Path);

        Assert.Equal(HttpStatusCode.Forbidden, response.Code);
        Assert.Equal(("Forbidden", $"forbidden: User \"{user}\" cannot get path \"/metrics\""), (response.Str("reason"), response.Str("message")));
    }

    [Theory]
    [InlineData(RouteApiFactory.AdminToken)]
    [InlineData(MetricsFactory.OperatorToken)]
    [InlineData(MetricsFactory.MonitoringToken)]
    public async Task Scrape_AsClusterAdminOrMonitoringGroup_ReturnsPrometheusText(string token)
    {
        using var response = await factory.CreateClient(token).GetAsync(Scraper.Path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
    }
}
