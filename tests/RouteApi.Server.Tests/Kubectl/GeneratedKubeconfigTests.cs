using System.Net;
using System.Text;

namespace RouteApi.Server.Tests.Kubectl;

/// <summary>
/// The real kubectl with the kubeconfig the server writes on first start, unchanged: out of the
/// box <c>kubectl --kubeconfig data/admin.kubeconfig get routes -A</c> works.
/// </summary>
public sealed class GeneratedKubeconfigTests(KubectlServerFixture fixture) : IClassFixture<KubectlServerFixture>
{
    private readonly Kubectl _kubectl = Kubectl.WithKubeconfig(Path.Combine(fixture.DataDir, "admin.kubeconfig"), fixture.DataDir);

    [Fact]
    public async Task Get_RawPath_ReadsTheRouteOverHttps()
    {
        var ns = ApiPrefixes.NewNamespace();
        await CreateRouteAsync(ns, "web");

        var result = await _kubectl.RunAsync("get", "--raw", $"/apis/route.openshift.io/v1/namespaces/{ns}/routes/web");

        Assert.Contains("\"name\":\"web\"", result.AssertSuccess().Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AllNamespaces_ListsRoutesOfEveryNamespace()
    {
        var (shop, blog) = (ApiPrefixes.NewNamespace(), ApiPrefixes.NewNamespace());
        await CreateRouteAsync(shop, "web");
        await CreateRouteAsync(blog, "www");

        var result = await _kubectl.RunAsync("get", "routes", "-A", "-o", "name");

        var output = result.AssertSuccess().Output;
        Assert.Contains("route.route.openshift.io/web", output, StringComparison.Ordinal);
        Assert.Contains("route.route.openshift.io/www", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthCanI_AsGeneratedAdmin_AnswersYes()
    {
        var result = await _kubectl.RunAsync("auth", "can-i", "delete", "routes.route.openshift.io", "-n", "shop");

        Assert.StartsWith("yes", result.AssertSuccess().Output.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WithWrongToken_IsRefusedAsUnauthorized()
    {
        var result = await _kubectl.RunAsync("get", "--raw", "/apis/route.openshift.io/v1/routes", "--token", "wrong-token");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Unauthorized", result.Output + result.Error, StringComparison.Ordinal);
    }

    private async Task CreateRouteAsync(string ns, string name)
    {
        var token = File.ReadAllText(Path.Combine(fixture.DataDir, "admin.token")).Trim();
        using var client = fixture.Server.CreateClient(token, File.ReadAllText(Path.Combine(fixture.DataDir, "ca.crt")));
        var body = "{\"metadata\":{\"name\":\"" + name + "\"},\"spec\":{\"to\":{\"name\":\"svc\"}}}";
        using var response = await client.PostAsync($"/apis/route.openshift.io/v1/namespaces/{ns}/routes", new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
