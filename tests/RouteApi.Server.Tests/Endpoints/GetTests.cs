using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RouteApi.Server.Tests.Endpoints;

public sealed class GetTests(RouteApiFactory factory) : IClassFixture<RouteApiFactory>
{
    /// <summary>openshift-apiserver's <c>emptyDestinationCertificate</c>, shown only on <c>/oapi/v1</c>.</summary>
    private const string LegacyPlaceholder =
        "-----BEGIN COMMENT-----\n" +
        "This is an empty PEM file created to provide backwards compatibility\n" +
        "for reencrypt routes that have no destinationCACertificate. This \n" +
        "content will only appear for routes accessed via /oapi/v1/routes.\n" +
        "-----END COMMENT-----\n";

    private const string ReencryptSpec = """{"host":"secure.example.com","to":{"name":"svc"},"tls":{"termination":"reencrypt"}}""";

    private readonly ApiClient _api = new(factory.CreateClient());

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Get_ExistingRoute_Returns200WithKindAndApiVersionOfPrefix(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.GetAsync(RoutePaths.Item(prefix, ns, "web"));

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal("Route", response.Str("kind"));
        Assert.Equal(ApiPrefixes.ApiVersionOf(prefix), response.Str("apiVersion"));
        Assert.Equal(created.ToJsonString(), response.Json.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Get_RouteCreatedThroughOtherPrefix_ReturnsSameStoredObject(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(RoutePaths.Other(prefix), ns, "web");
        created["apiVersion"] = ApiPrefixes.ApiVersionOf(prefix);

        var response = await _api.GetAsync(RoutePaths.Item(prefix, ns, "web"));

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal(created.ToJsonString(), response.Json.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Get_MissingRoute_Returns404WithExactMessage(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.GetAsync(RoutePaths.Item(prefix, ns, "x"));

        var status = StatusAssert.Failure(response, HttpStatusCode.NotFound, "NotFound", $"{ApiPrefixes.ResourceOf(prefix)} \"x\" not found");
        StatusAssert.ResourceDetails(status, prefix, "x");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Get_RouteOfOtherNamespace_Returns404(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.GetAsync(RoutePaths.Item(prefix, ApiPrefixes.NewNamespace(), "web"));

        StatusAssert.Failure(response, HttpStatusCode.NotFound, "NotFound");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Get_PrettyTrue_ReturnsIndentedJsonWithoutTrailingNewline(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.GetAsync(RoutePaths.Item(prefix, ns, "web") + "?pretty=true");

        Assert.StartsWith("{\n  \"kind\": \"Route\",\n  \"apiVersion\": ", response.Body, StringComparison.Ordinal);
        Assert.EndsWith("\n}", response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Get_WithoutPretty_ReturnsCompactJsonEndingWithNewline(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.GetAsync(RoutePaths.Item(prefix, ns, "web"));

        Assert.StartsWith("{\"kind\":\"Route\",\"apiVersion\":", response.Body, StringComparison.Ordinal);
        Assert.EndsWith("}\n", response.Body, StringComparison.Ordinal);
        Assert.Single(response.Body.Split('\n'), line => line.Length > 0);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Get_Export_StripsServerSetFieldsAndNamespace(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web", metadataExtra: ",\"labels\":{\"app\":\"web\"}");

        var response = await _api.GetAsync(RoutePaths.Item(prefix, ns, "web") + "?export=true");

        Assert.Equal(HttpStatusCode.OK, response.Code);
        var metadata = response.Json["metadata"]!.AsObject();
        Assert.Equal("web", (string?)metadata["name"]);
        Assert.Equal("web", (string?)metadata["labels"]!["app"]);
        Assert.False(metadata.ContainsKey("uid"));
        Assert.False(metadata.ContainsKey("resourceVersion"));
        Assert.False(metadata.ContainsKey("namespace"));
        Assert.Null(metadata["creationTimestamp"]);
        Assert.Equal("{}", response.Json["status"]!.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Get_ExportExact_KeepsNamespace(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.GetAsync(RoutePaths.Item(prefix, ns, "web") + "?export=true&exact=true");

        Assert.Equal(ns, response.Str("metadata.namespace"));
        Assert.Null(response.Node("metadata.uid"));
        Assert.Null(response.Node("metadata.resourceVersion"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Get_ResourceVersionAheadOfStore_Returns504Timeout(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");
        var current = long.Parse((string)created["metadata"]!["resourceVersion"]!, CultureInfo.InvariantCulture);
        var ahead = current + 1_000_000;

        var response = await _api.GetAsync(RoutePaths.Item(prefix, ns, "web") + "?resourceVersion=" + ahead);

        var status = StatusAssert.Failure(response, HttpStatusCode.GatewayTimeout, "Timeout");
        Assert.StartsWith($"Timeout: Too large resource version: {ahead}, current: ", (string?)status["message"], StringComparison.Ordinal);
        var cause = Assert.Single(status["details"]!["causes"]!.AsArray())!;
        Assert.Equal("ResourceVersionTooLarge", (string?)cause["reason"]);
        Assert.Equal("Too large resource version", (string?)cause["message"]);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Get_ResourceVersionOfRoute_Returns200(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.GetAsync(RoutePaths.Item(prefix, ns, "web") + "?resourceVersion=" + (string?)created["metadata"]!["resourceVersion"]);

        Assert.Equal(HttpStatusCode.OK, response.Code);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Get_NonNumericResourceVersion_Returns400(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.GetAsync(RoutePaths.Item(prefix, ns, "web") + "?resourceVersion=abc");

        StatusAssert.Failure(response, HttpStatusCode.BadRequest, "BadRequest",
            "invalid resource version: resourceVersion: Invalid value: \"abc\": strconv.ParseUint: parsing \"abc\": invalid syntax");
    }

    [Fact]
    public async Task Get_ReencryptWithoutDestinationCaOnLegacyPath_ShowsPlaceholder()
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(ApiPrefixes.Group, ns, "web", ReencryptSpec);

        var response = await _api.GetAsync(RoutePaths.Item(ApiPrefixes.Legacy, ns, "web"));

        Assert.Equal(LegacyPlaceholder, response.Str("spec.tls.destinationCACertificate"));
    }

    [Fact]
    public async Task Get_ReencryptWithoutDestinationCaOnGroupPath_ShowsNoDestinationCa()
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(ApiPrefixes.Legacy, ns, "web", ReencryptSpec);

        var response = await _api.GetAsync(RoutePaths.Item(ApiPrefixes.Group, ns, "web"));

        Assert.Equal("reencrypt", response.Str("spec.tls.termination"));
        Assert.Null(response.Node("spec.tls.destinationCACertificate"));
    }

    [Fact]
    public async Task Create_ReencryptOnLegacyPath_AnswersWithPlaceholder()
    {
        var ns = ApiPrefixes.NewNamespace();

        var created = await _api.CreateAsync(ApiPrefixes.Legacy, ns, "web", ReencryptSpec);

        Assert.Equal(LegacyPlaceholder, (string?)created["spec"]!["tls"]!["destinationCACertificate"]);
    }

    [Fact]
    public async Task List_ReencryptOnLegacyPath_ShowsPlaceholderOnItems()
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(ApiPrefixes.Group, ns, "web", ReencryptSpec);

        var response = await _api.GetAsync(RoutePaths.Collection(ApiPrefixes.Legacy, ns));

        Assert.Equal(LegacyPlaceholder, response.Str("items.0.spec.tls.destinationCACertificate"));
    }

    [Fact]
    public async Task Get_EdgeWithoutDestinationCaOnLegacyPath_ShowsNoPlaceholder()
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(ApiPrefixes.Group, ns, "web", """{"to":{"name":"svc"},"tls":{"termination":"edge"}}""");

        var response = await _api.GetAsync(RoutePaths.Item(ApiPrefixes.Legacy, ns, "web"));

        Assert.Null(response.Node("spec.tls.destinationCACertificate"));
    }

    [Fact]
    public async Task Put_PlaceholderSentBackOnLegacyPath_IsNotStored()
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(ApiPrefixes.Group, ns, "web", ReencryptSpec);
        var legacy = (await _api.GetAsync(RoutePaths.Item(ApiPrefixes.Legacy, ns, "web"))).Json;

        var put = await _api.PutAsync(RoutePaths.Item(ApiPrefixes.Legacy, ns, "web"), RouteJson.Changed(legacy, r => r["metadata"]!["labels"] = new JsonObject { ["v"] = "2" }));

        Assert.Equal(HttpStatusCode.OK, put.Code);
        var stored = await _api.GetAsync(RoutePaths.Item(ApiPrefixes.Group, ns, "web"));
        Assert.Equal("2", stored.Str("metadata.labels.v"));
        Assert.Null(stored.Node("spec.tls.destinationCACertificate"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_WithPlaceholderDestinationCa_StoresNoDestinationCa(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var spec = "{\"host\":\"secure.example.com\",\"to\":{\"name\":\"svc\"},\"tls\":{\"termination\":\"reencrypt\",\"destinationCACertificate\":"
            + JsonSerializer.Serialize(LegacyPlaceholder) + "}}";
        await _api.CreateAsync(prefix, ns, "web", spec);

        var response = await _api.GetAsync(RoutePaths.Item(ApiPrefixes.Group, ns, "web"));

        Assert.Null(response.Node("spec.tls.destinationCACertificate"));
    }
}
