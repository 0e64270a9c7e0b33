namespace RouteApi.Server.Tests.Kubectl;

/// <summary>
/// The real kubectl against the real server over HTTPS with default flags: discovery, OpenAPI
/// (explain, strict validation) and server-side Table printing.
/// </summary>
public sealed class KubectlTests(KubectlServerFixture fixture) : IClassFixture<KubectlServerFixture>
{
    [Fact]
    public async Task ApiResources_ListsNamespacedRoutesOfRouteGroup()
    {
        var result = await fixture.Admin.RunAsync("api-resources");

        result.AssertSuccess();
        var routes = Assert.Single(result.Output.Split('\n'), l => l.StartsWith("routes ", StringComparison.Ordinal));
        Assert.Equal(["routes", "route.openshift.io/v1", "true", "Route"], routes.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Explain_RoutesSpecTls_PrintsFieldsWithDescriptionsEnumsAndRequired()
    {
        var result = await fixture.Admin.RunAsync("explain", "routes.spec.tls");

        result.AssertSuccess();
        Assert.Contains("GROUP:      route.openshift.io", result.Output, StringComparison.Ordinal);
        Assert.Contains("termination\t<string> -required-", result.Output, StringComparison.Ordinal);
        Assert.Contains("enum: edge, passthrough, reencrypt", result.Output, StringComparison.Ordinal);
        Assert.Contains("insecureEdgeTerminationPolicy\t<string>", result.Output, StringComparison.Ordinal);
        Assert.Contains("caCertificate provides the cert authority certificate contents", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_RoutesSpecPortTargetPort_IsIntOrString()
    {
        var result = await fixture.Admin.RunAsync("explain", "routes.spec.port.targetPort");

        result.AssertSuccess();
        Assert.Contains("FIELD: targetPort <IntOrString>", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithUnknownField_ReportsItUnderDefaultStrictValidation()
    {
        var ns = ApiPrefixes.NewNamespace();
        const string Manifest = """
            apiVersion: route.openshift.io/v1
            kind: Route
            metadata:
              name: typo
            spec:
              to: {kind: Service, name: web}
              tsl: {termination: edge}
            """;

        var create = await fixture.Admin.RunAsync(["create", "-n", ns, "-f", "-"], Manifest);
        var get = await fixture.Admin.RunAsync("get", "route", "typo", "-n", ns);

        Assert.NotEqual(0, create.ExitCode);
        Assert.Contains("strict decoding error: unknown field \"spec.tsl\"", create.Error, StringComparison.Ordinal);
        Assert.Contains("NotFound", get.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_ExampleManifest_Succeeds()
    {
        var ns = ApiPrefixes.NewNamespace();

        var result = await fixture.Admin.RunAsync(["create", "-n", ns, "-f", "-"], KubectlManifests.Example("route-edge"));

        result.AssertSuccess();
        Assert.Contains("route.route.openshift.io/www-edge created", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Routes_PrintsServerSideColumns()
    {
        var ns = ApiPrefixes.NewNamespace();
        (await fixture.Admin.RunAsync(["create", "-n", ns, "-f", "-"], KubectlManifests.Example("route-ab-testing"))).AssertSuccess();

        var result = await fixture.Admin.RunAsync("get", "routes", "-n", ns);

        result.AssertSuccess();
        var lines = result.Output.TrimEnd('\n').Split('\n');
        Assert.Equal(["NAME", "HOST/PORT", "PATH", "SERVICES", "PORT", "TERMINATION", "WILDCARD"], lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["shop", "shop.example.com", "shop-v1(80%),shop-v2(20%)", "http", "None"], lines[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
