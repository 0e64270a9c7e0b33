using System.Text.Json.Nodes;

namespace RouteApi.Server.Tests.Kubectl;

/// <summary>
/// The real kubectl changing routes with its default flags (so <c>--validate=strict</c>): apply
/// (client-side and server-side), replace, edit, patch of every type, label, annotate, delete.
/// Each command's printed verb is checked, and its effect is read back.
/// </summary>
public sealed class KubectlWriteTests(KubectlServerFixture fixture) : IClassFixture<KubectlServerFixture>, IDisposable
{
    private readonly string _workDir = Directory.CreateTempSubdirectory("routeapi-kubectl-write-").FullName;

    [Fact]
    public async Task ApplyTwice_CreatesThenConfigures()
    {
        var ns = ApiPrefixes.NewNamespace();
        var route = KubectlManifests.Route("route-plain");
        var file = Path.Combine(_workDir, ns + ".json");
        await File.WriteAllTextAsync(file, route.ToJsonString(), TestContext.Current.CancellationToken);

        var created = await fixture.Admin.RunAsync("apply", "-n", ns, "-f", file);
        route["spec"]!["path"] = "/v2";
        await File.WriteAllTextAsync(file, route.ToJsonString(), TestContext.Current.CancellationToken);
        var configured = await fixture.Admin.RunAsync("apply", "-n", ns, "-f", file);

        Assert.Equal("route.route.openshift.io/frontend created\n", created.AssertSuccess().Output);
        Assert.Equal("route.route.openshift.io/frontend configured\n", configured.AssertSuccess().Output);
        Assert.Equal("/v2", await JsonPathAsync(ns, "frontend", "{.spec.path}"));
    }

    [Fact]
    public async Task ApplyServerSide_CreatesAndRecordsKubectlAsApplyManager()
    {
        var ns = ApiPrefixes.NewNamespace();

        var applied = await fixture.Admin.RunAsync(["apply", "--server-side", "-n", ns, "-f", "-"], KubectlManifests.Example("route-plain"));

        Assert.Equal("route.route.openshift.io/frontend serverside-applied\n", applied.AssertSuccess().Output);
        var managers = await JsonPathAsync(ns, "frontend", "{range .metadata.managedFields[*]}{.manager}/{.operation};{end}");
        Assert.Equal("kubectl/Apply;", managers);
    }

    [Fact]
    public async Task Replace_WithEditedObject_Replaces()
    {
        var ns = await fixture.CreateInNewNamespaceAsync("route-plain");
        var current = JsonNode.Parse((await fixture.Admin.RunAsync("get", "route", "frontend", "-n", ns, "-o", "json")).AssertSuccess().Output)!;
        current["spec"]!["to"]!["name"] = "backend";

        var result = await fixture.Admin.RunAsync(["replace", "-n", ns, "-f", "-"], current.ToJsonString());

        Assert.Equal("route.route.openshift.io/frontend replaced\n", result.AssertSuccess().Output);
        Assert.Equal("backend", await JsonPathAsync(ns, "frontend", "{.spec.to.name}"));
    }

    [Fact]
    public async Task Edit_ThroughScriptedEditor_SavesTheChange()
    {
        var ns = await fixture.CreateInNewNamespaceAsync("route-plain");
        var editor = Path.Combine(_workDir, "editor.sh");
        await File.WriteAllTextAsync(editor, "sed -i 's/weight: 100/weight: 50/' \"$1\"\n", TestContext.Current.CancellationToken);

        // kubectl splits KUBE_EDITOR on spaces and appends the file it wants edited.
        var result = await fixture.Admin.RunAsync(["edit", "route", "frontend", "-n", ns], environment: new Dictionary<string, string> { ["KUBE_EDITOR"] = "sh " + editor });

        Assert.Equal("route.route.openshift.io/frontend edited\n", result.AssertSuccess().Output);
        Assert.Equal("50", await JsonPathAsync(ns, "frontend", "{.spec.to.weight}"));
    }

    [Theory]
    [InlineData("strategic", """{"spec":{"to":{"weight":7}}}""")]
    [InlineData("merge", """{"spec":{"to":{"weight":7}}}""")]
    [InlineData("json", """[{"op":"replace","path":"/spec/to/weight","value":7}]""")]
    public async Task Patch_OfEachType_ChangesTheField(string type, string patch)
    {
        var ns = await fixture.CreateInNewNamespaceAsync("route-plain");

        var result = await fixture.Admin.RunAsync("patch", "route", "frontend", "-n", ns, "--type", type, "-p", patch, "-o", "jsonpath={.spec.to.weight} {.spec.to.name}");

        Assert.Equal("7 frontend", result.AssertSuccess().Output);
    }

    [Fact]
    public async Task Label_AddsLabelThatSelectorsFind()
    {
        var ns = await fixture.CreateInNewNamespaceAsync("route-plain");
        (await fixture.Admin.RunAsync(["create", "-n", ns, "-f", "-"], KubectlManifests.Example("route-ab-testing"))).AssertSuccess();

        var labeled = await fixture.Admin.RunAsync("label", "route", "shop", "-n", ns, "tier=web");

        Assert.Equal("route.route.openshift.io/shop labeled\n", labeled.AssertSuccess().Output);
        var selected = await fixture.Admin.RunAsync("get", "routes", "-n", ns, "-l", "tier=web", "-o", "name");
        Assert.Equal("route.route.openshift.io/shop\n", selected.AssertSuccess().Output);
    }

    [Fact]
    public async Task Annotate_AddsAnnotation()
    {
        var ns = await fixture.CreateInNewNamespaceAsync("route-plain");

        var annotated = await fixture.Admin.RunAsync("annotate", "route", "frontend", "-n", ns, "haproxy.router.openshift.io/timeout=5s");

        Assert.Equal("route.route.openshift.io/frontend annotated\n", annotated.AssertSuccess().Output);
        Assert.Equal("5s", await JsonPathAsync(ns, "frontend", "{.metadata.annotations.haproxy\\.router\\.openshift\\.io/timeout}"));
    }

    [Fact]
    public async Task Delete_ByName_RemovesTheRoute()
    {
        var ns = await fixture.CreateInNewNamespaceAsync("route-plain");

        var deleted = await fixture.Admin.RunAsync("delete", "route", "frontend", "-n", ns);

        Assert.Equal("route.route.openshift.io \"frontend\" deleted\n", deleted.AssertSuccess().Output);
        var get = await fixture.Admin.RunAsync("get", "route", "frontend", "-n", ns);
        Assert.Contains("(NotFound)", get.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_BySelector_RemovesOnlyMatchingRoutes()
    {
        var ns = await fixture.CreateInNewNamespaceAsync("route-plain");
        (await fixture.Admin.RunAsync(["create", "-n", ns, "-f", "-"], KubectlManifests.Example("route-ab-testing"))).AssertSuccess();

        var deleted = await fixture.Admin.RunAsync("delete", "routes", "-n", ns, "-l", "app=frontend");

        Assert.Equal("route.route.openshift.io \"frontend\" deleted\n", deleted.AssertSuccess().Output);
        var left = await fixture.Admin.RunAsync("get", "routes", "-n", ns, "-o", "name");
        Assert.Equal("route.route.openshift.io/shop\n", left.AssertSuccess().Output);
    }

    public void Dispose() => Directory.Delete(_workDir, recursive: true);

    private async Task<string> JsonPathAsync(string ns, string name, string path) =>
        (await fixture.Admin.RunAsync("get", "route", name, "-n", ns, "-o", "jsonpath=" + path)).AssertSuccess().Output;
}
