using System.Net;

namespace RouteApi.Server.Tests.Endpoints;

public sealed class ListSelectorTests(RouteApiFactory factory) : IClassFixture<RouteApiFactory>
{
    private readonly ApiClient _api = new(factory.CreateClient());

    public static TheoryData<string, string, string> LabelSelectors() => OnBothPrefixes(
        ("app=web", "a"),
        ("app==api", "b"),
        ("app!=web", "b,c"),
        ("app in (web,api)", "a,b"),
        ("app notin (web)", "b,c"),
        ("tier", "a"),
        ("!tier", "b,c"),
        ("app,!tier", "b"),
        ("app=web,tier=back", ""));

    public static TheoryData<string, string, string> FieldSelectors() => OnBothPrefixes(
        ("metadata.name=b", "b"),
        ("metadata.name!=b", "a,c"),
        ("metadata.namespace=elsewhere", ""),
        ("spec.host=a.example.com", "a"),
        ("spec.path=/b", "b"),
        ("spec.path=", "c"),
        ("spec.to.name==svc-a", "a,c"),
        ("spec.to.name!=svc-a", "b"),
        ("spec.to.name=svc-a,metadata.name!=a", "c"));

    [Theory]
    [MemberData(nameof(LabelSelectors))]
    public async Task List_LabelSelector_ReturnsMatchingRoutes(string prefix, string selector, string expected)
    {
        var ns = await SeedAsync(prefix);

        var response = await _api.GetAsync(RoutePaths.Collection(prefix, ns) + "?labelSelector=" + Uri.EscapeDataString(selector));

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal(expected, string.Join(',', response.ItemNames()));
    }

    [Theory]
    [MemberData(nameof(FieldSelectors))]
    public async Task List_FieldSelector_ReturnsMatchingRoutes(string prefix, string selector, string expected)
    {
        var ns = await SeedAsync(prefix);

        var response = await _api.GetAsync(RoutePaths.Collection(prefix, ns) + "?fieldSelector=" + Uri.EscapeDataString(selector));

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal(expected, string.Join(',', response.ItemNames()));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_FieldSelectorOnNamespaceAcrossNamespaces_ReturnsThatNamespace(string prefix)
    {
        var ns = await SeedAsync(prefix);

        var response = await _api.GetAsync(prefix + "/routes?fieldSelector=" + Uri.EscapeDataString("metadata.namespace=" + ns));

        Assert.Equal("a,b,c", string.Join(',', response.ItemNames()));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_LabelAndFieldSelector_ReturnsRoutesMatchingBoth(string prefix)
    {
        var ns = await SeedAsync(prefix);

        var response = await _api.GetAsync(RoutePaths.Collection(prefix, ns) + "?labelSelector=app&fieldSelector=" + Uri.EscapeDataString("spec.to.name=svc-a"));

        Assert.Equal("a", string.Join(',', response.ItemNames()));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_LabelSelectorWithBadSyntax_Returns400WithParserMessage(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.GetAsync(RoutePaths.Collection(prefix, ns) + "?labelSelector=" + Uri.EscapeDataString("x in (a"));

        StatusAssert.Failure(response, HttpStatusCode.BadRequest, "BadRequest", "unable to parse requirement: found '', expected: ',' or ')'");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_LabelSelectorStartingWithComma_Returns400WithParserMessage(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.GetAsync(RoutePaths.Collection(prefix, ns) + "?labelSelector=" + Uri.EscapeDataString(",x"));

        StatusAssert.Failure(response, HttpStatusCode.BadRequest, "BadRequest", "found ',', expected: !, identifier, or 'end of string'");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_FieldSelectorWithoutOperator_Returns400(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.GetAsync(RoutePaths.Collection(prefix, ns) + "?fieldSelector=metadata.name");

        StatusAssert.Failure(response, HttpStatusCode.BadRequest, "BadRequest", "invalid selector: 'metadata.name'; can't understand 'metadata.name'");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_UnknownFieldLabel_Returns400WithKubernetesMessage(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.GetAsync(RoutePaths.Collection(prefix, ns) + "?fieldSelector=" + Uri.EscapeDataString("spec.foo=x"));

        StatusAssert.Failure(response, HttpStatusCode.BadRequest, "BadRequest",
            "\"spec.foo\" is not a known field selector: only \"metadata.name\", \"metadata.namespace\"");
    }

    [Fact]
    public async Task List_SubdomainFieldSelectorOnGroupPath_IsAccepted()
    {
        var ns = await SeedAsync(ApiPrefixes.Group);

        var response = await _api.GetAsync(RoutePaths.Collection(ApiPrefixes.Group, ns) + "?fieldSelector=" + Uri.EscapeDataString("spec.subdomain!=x"));

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal("a,b,c", string.Join(',', response.ItemNames()));
    }

    [Fact]
    public async Task List_SubdomainFieldSelectorOnLegacyPath_Returns400()
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.GetAsync(RoutePaths.Collection(ApiPrefixes.Legacy, ns) + "?fieldSelector=" + Uri.EscapeDataString("spec.subdomain=x"));

        StatusAssert.Failure(response, HttpStatusCode.BadRequest, "BadRequest",
            "\"spec.subdomain\" is not a known field selector: only \"metadata.name\", \"metadata.namespace\"");
    }

    private static TheoryData<string, string, string> OnBothPrefixes(params (string Selector, string Expected)[] cases)
    {
        var data = new TheoryData<string, string, string>();
        foreach (var prefix in new[] { ApiPrefixes.Group, ApiPrefixes.Legacy })
        {
            foreach (var (selector, expected) in cases)
            {
                data.Add(prefix, selector, expected);
            }
        }

        return data;
    }

    /// <summary>A new namespace with routes a (app=web, tier=front), b (app=api) and c (no labels, no path).</summary>
    private async Task<string> SeedAsync(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "a", """{"host":"a.example.com","path":"/a","to":{"name":"svc-a"}}""", ",\"labels\":{\"app\":\"web\",\"tier\":\"front\"}");
        await _api.CreateAsync(prefix, ns, "b", """{"host":"b.example.com","path":"/b","to":{"name":"svc-b"}}""", ",\"labels\":{\"app\":\"api\"}");
        await _api.CreateAsync(prefix, ns, "c", """{"host":"c.example.com","to":{"name":"svc-a"}}""");
        return ns;
    }
}
