using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace RouteApi.Server.Tests.Kubectl;

/// <summary>
/// The real kubectl reading routes with its default flags: the printers (server-side Table, wide,
/// YAML, JSON, JSONPath), all namespaces, and describe.
/// </summary>
public sealed partial class KubectlOutputTests(KubectlServerFixture fixture) : IClassFixture<KubectlServerFixture>
{
    private const string Columns = "NAME HOST/PORT PATH SERVICES PORT TERMINATION WILDCARD";

    [Fact]
    public async Task GetAllNamespaces_PrintsNamespaceColumnAndRoutesOfEveryNamespace()
    {
        var first = await fixture.CreateInNewNamespaceAsync("route-plain");
        var second = await fixture.CreateInNewNamespaceAsync("route-edge");

        var result = await fixture.Admin.RunAsync("get", "routes", "-A");

        result.AssertSuccess();
        var lines = result.Output.TrimEnd('\n').Split('\n').Select(Words).ToList();
        Assert.Equal("NAMESPACE " + Columns, lines[0]);
        Assert.Contains($"{first} frontend www.example.com / frontend 8080 None", lines);
        Assert.Contains($"{second} www-edge www.example.com frontend <all> edge/Redirect None", lines);
    }

    [Fact]
    public async Task GetWide_PrintsServerColumns()
    {
        var ns = await fixture.CreateInNewNamespaceAsync("route-plain");

        var result = await fixture.Admin.RunAsync("get", "routes", "-n", ns, "-o", "wide");

        result.AssertSuccess();
        var lines = result.Output.TrimEnd('\n').Split('\n').Select(Words).ToList();
        Assert.Equal([Columns, "frontend www.example.com / frontend 8080 None"], lines);
    }

    [Fact]
    public async Task GetYaml_PrintsTheStoredRoute()
    {
        var ns = await fixture.CreateInNewNamespaceAsync("route-plain");

        var result = await fixture.Admin.RunAsync("get", "route", "frontend", "-n", ns, "-o", "yaml");

        result.AssertSuccess();
        Assert.StartsWith("apiVersion: route.openshift.io/v1\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("\nkind: Route\n", result.Output, StringComparison.Ordinal);
        Assert.Contains($"\n  namespace: {ns}\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("\n    app: frontend\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("\n    targetPort: 8080\n", result.Output, StringComparison.Ordinal);
        Assert.Matches(ResourceVersionLine(), result.Output);
    }

    [Fact]
    public async Task GetJson_PrintsTheStoredRoute()
    {
        var ns = await fixture.CreateInNewNamespaceAsync("route-plain");

        var result = await fixture.Admin.RunAsync("get", "route", "frontend", "-n", ns, "-o", "json");

        result.AssertSuccess();
        var route = JsonNode.Parse(result.Output)!;
        Assert.Equal("Route", (string?)route["kind"]);
        Assert.Equal(ns, (string?)route["metadata"]!["namespace"]);
        Assert.False(string.IsNullOrEmpty((string?)route["metadata"]!["uid"]));
        Assert.Equal("frontend", (string?)route["spec"]!["to"]!["name"]);
        Assert.Equal(8080, (int?)route["spec"]!["port"]!["targetPort"]);
    }

    [Fact]
    public async Task GetJsonPath_OverList_PrintsTheSelectedFields()
    {
        var ns = await fixture.CreateInNewNamespaceAsync("route-plain");
        (await fixture.Admin.RunAsync(["create", "-n", ns, "-f", "-"], KubectlManifests.Example("route-ab-testing"))).AssertSuccess();

        var result = await fixture.Admin.RunAsync("get", "routes", "-n", ns, "-o", "jsonpath={range .items[*]}{.metadata.name}={.spec.host}{\"\\n\"}{end}");

        result.AssertSuccess();
        Assert.Equal("frontend=www.example.com\nshop=shop.example.com\n", result.Output);
    }

    [Fact]
    public async Task Describe_PrintsMetadataAndSpecFields()
    {
        var ns = await fixture.CreateInNewNamespaceAsync("route-plain");

        var result = await fixture.Admin.RunAsync("describe", "route", "frontend", "-n", ns);

        result.AssertSuccess();
        Assert.Matches(@"(?m)^Name:\s+frontend$", result.Output);
        Assert.Matches($@"(?m)^Namespace:\s+{ns}$", result.Output);
        Assert.Matches(@"(?m)^Labels:\s+app=frontend$", result.Output);
        Assert.Matches(@"(?m)^API Version:\s+route.openshift.io/v1$", result.Output);
        Assert.Matches(@"(?m)^Kind:\s+Route$", result.Output);
        Assert.Matches(@"(?m)^\s+Host:\s+www.example.com$", result.Output);
        Assert.Matches(@"(?m)^\s+Target Port:\s+8080$", result.Output);
    }

    // Columns are padded to the widest cell; one space between cells keeps the expectations readable.
    private static string Words(string line) => string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"\n  resourceVersion: ""[1-9][0-9]*""\n")]
    private static partial Regex ResourceVersionLine();
}
