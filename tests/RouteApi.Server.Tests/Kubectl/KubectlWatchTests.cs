namespace RouteApi.Server.Tests.Kubectl;

/// <summary>
/// The real <c>kubectl get -w</c> on a list and on one route: it prints the current rows, then a
/// row for each change it is sent, through the server's Table watch stream.
/// </summary>
public sealed class KubectlWatchTests(KubectlServerFixture fixture) : IClassFixture<KubectlServerFixture>
{
    [Fact]
    public async Task GetWatch_OnList_PrintsRowOfRouteCreatedLater()
    {
        var ns = await fixture.CreateInNewNamespaceAsync("route-plain");
        await using var watch = fixture.Admin.Start("get", "routes", "-n", ns, "-w");
        await watch.ReadLineAsync(l => l.StartsWith("frontend ", StringComparison.Ordinal));

        (await fixture.Admin.RunAsync(["create", "-n", ns, "-f", "-"], KubectlManifests.Example("route-ab-testing"))).AssertSuccess();

        var line = await watch.ReadLineAsync(l => l.StartsWith("shop ", StringComparison.Ordinal));
        Assert.Equal(["shop", "shop.example.com", "shop-v1(80%),shop-v2(20%)", "http", "None"], line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task GetWatch_OnName_PrintsRowWithChangedPath()
    {
        var ns = await fixture.CreateInNewNamespaceAsync("route-plain");
        await using var watch = fixture.Admin.Start("get", "route", "frontend", "-n", ns, "-w");
        var first = await watch.ReadLineAsync(l => l.StartsWith("frontend ", StringComparison.Ordinal));

        (await fixture.Admin.RunAsync("patch", "route", "frontend", "-n", ns, "--type", "merge", "-p", """{"spec":{"path":"/changed"}}""")).AssertSuccess();

        var changed = await watch.ReadLineAsync(l => l.StartsWith("frontend ", StringComparison.Ordinal));
        Assert.Contains(" / ", first, StringComparison.Ordinal);
        Assert.Equal(["frontend", "www.example.com", "/changed", "frontend", "8080", "None"], changed.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
