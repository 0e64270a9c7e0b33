using System.Net;

namespace RouteApi.Server.Tests.Health;

/// <summary>
/// <c>/livez</c>, <c>/readyz</c> and <c>/healthz</c> answer as kube-apiserver's healthz handler does:
/// plain <c>ok</c>, <c>?verbose</c> check lists, <c>?exclude</c>, and one path per check.
/// </summary>
public sealed class HealthEndpointTests(RouteApiFactory factory) : IClassFixture<RouteApiFactory>
{
    [Theory]
    [InlineData("/livez")]
    [InlineData("/readyz")]
    [InlineData("/healthz")]
    public async Task Probe_WithoutToken_Returns200PlainOk(string path)
    {
        var (code, body, response) = await GetAsync(Anonymous(), path);

        Assert.Equal(HttpStatusCode.OK, code);
        Assert.Equal("ok", body);
        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task Livez_Verbose_ListsOnlyPing()
    {
        var (code, body, _) = await GetAsync(Anonymous(), "/livez?verbose");

        Assert.Equal(HttpStatusCode.OK, code);
        Assert.Equal("[+]ping ok\nlivez check passed\n", body);
    }

    [Theory]
    [InlineData("readyz")]
    [InlineData("healthz")]
    public async Task ReadinessProbe_Verbose_ListsEveryCheckInOrder(string probe)
    {
        var (code, body, _) = await GetAsync(Anonymous(), $"/{probe}?verbose");

        Assert.Equal(HttpStatusCode.OK, code);
        Assert.Equal($"[+]ping ok\n[+]storage ok\n[+]watch-cache ok\n[+]shutdown ok\n{probe} check passed\n", body);
    }

    [Fact]
    public async Task Readyz_VerboseWithExclude_MarksTheCheckExcluded()
    {
        var (code, body, _) = await GetAsync(Anonymous(), "/readyz?verbose&exclude=storage&exclude=shutdown");

        Assert.Equal(HttpStatusCode.OK, code);
        Assert.Equal("[+]ping ok\n[+]storage excluded: ok\n[+]watch-cache ok\n[+]shutdown excluded: ok\nreadyz check passed\n", body);
    }

    [Fact]
    public async Task Readyz_ExcludingUnknownChecks_WarnsWithTheirSortedQuotedNames()
    {
        var (code, body, _) = await GetAsync(Anonymous(), "/readyz?verbose&exclude=zeta&exclude=etcd");

        Assert.Equal(HttpStatusCode.OK, code);
        Assert.Equal(
            "[+]ping ok\n[+]storage ok\n[+]watch-cache ok\n[+]shutdown ok\nwarn: some health checks cannot be excluded: no matches for \"etcd\",\"zeta\"\nreadyz check passed\n",
            body);
    }

    [Fact]
    public async Task Livez_WithExcludeButNotVerbose_AnswersPlainOk()
    {
        var (code, body, _) = await GetAsync(Anonymous(), "/livez?exclude=ping");

        Assert.Equal(HttpStatusCode.OK, code);
        Assert.Equal("ok", body);
    }

    [Theory]
    [InlineData("/livez/ping")]
    [InlineData("/readyz/ping")]
    [InlineData("/readyz/storage")]
    [InlineData("/readyz/watch-cache")]
    [InlineData("/readyz/shutdown")]
    [InlineData("/healthz/storage")]
    public async Task CheckPath_WithToken_Returns200Ok(string path)
    {
        var (code, body, _) = await GetAsync(factory.CreateClient(), path);

        Assert.Equal(HttpStatusCode.OK, code);
        Assert.Equal("ok", body);
    }

    [Fact]
    public async Task CheckPath_WithoutToken_Returns401()
    {
        var (code, _, _) = await GetAsync(Anonymous(), "/readyz/storage");

        Assert.Equal(HttpStatusCode.Unauthorized, code);
    }

    [Theory]
    [InlineData("/livez/storage")]
    [InlineData("/readyz/etcd")]
    [InlineData("/readyz/router-status")]
    public async Task CheckPath_ForCheckNotInTheProbe_Returns404(string path)
    {
        var (code, _, _) = await GetAsync(factory.CreateClient(), path);

        Assert.Equal(HttpStatusCode.NotFound, code);
    }

    private HttpClient Anonymous()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = null;
        return client;
    }

    private static async Task<(HttpStatusCode Code, string Body, HttpResponseMessage Response)> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), response);
    }
}
