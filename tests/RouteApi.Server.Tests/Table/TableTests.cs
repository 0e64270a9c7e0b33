using System.Net;
using System.Text.Json.Nodes;
using RouteApi.Server.Tests.Endpoints;

namespace RouteApi.Server.Tests.Table;

/// <summary>Server-side printing: <c>Accept: application/json;as=Table;v=v1;g=meta.k8s.io</c> on get, list and watch.</summary>
public sealed class TableTests(RouteApiFactory factory) : IClassFixture<RouteApiFactory>
{
    /// <summary>What <c>kubectl get</c> sends.</summary>
    private const string KubectlTableAccept = "application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json";

    private const string WeightedEdgeSpec = """
        {"host":"shop.example.com","path":"/cart","to":{"kind":"Service","name":"v1","weight":3},
         "alternateBackends":[{"kind":"Service","name":"v2","weight":1}],
         "port":{"targetPort":"http"},"tls":{"termination":"edge","insecureEdgeTerminationPolicy":"Redirect"}}
        """;

    private readonly ApiClient _api = new(factory.CreateClient());

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_WithTableAccept_ReturnsRouteColumnsAndOneRowPerRoute(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "a");
        await _api.CreateAsync(prefix, ns, "b");

        var response = await GetAsync(RoutePaths.Collection(prefix, ns), KubectlTableAccept);

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal("application/json", response.ContentType);
        Assert.Equal("Table", response.Str("kind"));
        Assert.Equal("meta.k8s.io/v1", response.Str("apiVersion"));
        Assert.Equal(
            ["Name", "Host/Port", "Path", "Services", "Port", "Termination", "Wildcard"],
            response.Json["columnDefinitions"]!.AsArray().Select(c => (string?)c!["name"]));
        Assert.Equal(["a", "b"], Rows(response).Select(r => (string?)r["cells"]![0]));
        Assert.NotNull(response.Str("metadata.resourceVersion"));
    }

    [Fact]
    public async Task ColumnDefinitions_AreStringsAtPriorityZeroWithNameFormatOnName()
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await GetAsync(RoutePaths.Collection(ApiPrefixes.Group, ns), KubectlTableAccept);

        var columns = response.Json["columnDefinitions"]!.AsArray().Select(c => c!.AsObject()).ToList();
        Assert.All(columns, c => Assert.Equal("string", (string?)c["type"]));
        Assert.All(columns, c => Assert.Equal(0, (int)c["priority"]!));
        Assert.All(columns, c => Assert.False(string.IsNullOrEmpty((string?)c["description"])));
        Assert.Equal("name", (string?)columns[0]["format"]);
    }

    [Fact]
    public async Task Get_WithTableAccept_ReturnsCellsComputedAsOcPrintsThem()
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(ApiPrefixes.Group, ns, "shop", WeightedEdgeSpec);

        var response = await GetAsync(RoutePaths.Item(ApiPrefixes.Group, ns, "shop"), KubectlTableAccept);

        Assert.Equal(HttpStatusCode.OK, response.Code);
        var row = Assert.Single(Rows(response));
        Assert.Equal(
            """["shop","shop.example.com","/cart","v1(75%),v2(25%)","http","edge/Redirect","None"]""",
            row["cells"]!.ToJsonString());
    }

    [Fact]
    public async Task Get_WithV1beta1TableAccept_ReturnsV1beta1Table()
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(ApiPrefixes.Group, ns, "web");

        var response = await GetAsync(RoutePaths.Item(ApiPrefixes.Group, ns, "web"), "application/json;as=Table;v=v1beta1;g=meta.k8s.io");

        Assert.Equal("meta.k8s.io/v1beta1", response.Str("apiVersion"));
    }

    [Fact]
    public async Task Get_DefaultIncludeObject_RowObjectIsPartialObjectMetadata()
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(ApiPrefixes.Group, ns, "web", metadataExtra: ",\"labels\":{\"app\":\"x\"}");

        var response = await GetAsync(RoutePaths.Item(ApiPrefixes.Group, ns, "web"), KubectlTableAccept);

        var embedded = Assert.Single(Rows(response))["object"]!.AsObject();
        Assert.Equal("PartialObjectMetadata", (string?)embedded["kind"]);
        Assert.Equal("meta.k8s.io/v1", (string?)embedded["apiVersion"]);
        Assert.Equal(created["metadata"]!.ToJsonString(), embedded["metadata"]!.ToJsonString());
        Assert.Null(embedded["spec"]);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_IncludeObjectObject_RowObjectIsWholeRouteOfPathVersion(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");

        var response = await GetAsync(RoutePaths.Collection(prefix, ns) + "?includeObject=Object", KubectlTableAccept);

        var embedded = Assert.Single(Rows(response))["object"]!.AsObject();
        Assert.Equal(created.ToJsonString(), embedded.ToJsonString());
        Assert.Equal(ApiPrefixes.ApiVersionOf(prefix), (string?)embedded["apiVersion"]);
    }

    [Fact]
    public async Task List_IncludeObjectNone_RowObjectIsNull()
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(ApiPrefixes.Group, ns, "web");

        var response = await GetAsync(RoutePaths.Collection(ApiPrefixes.Group, ns) + "?includeObject=None", KubectlTableAccept);

        var row = Assert.Single(Rows(response));
        Assert.Null(row["object"]);
    }

    [Fact]
    public async Task List_UnknownIncludeObject_Returns400WithKubesMessage()
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await GetAsync(RoutePaths.Collection(ApiPrefixes.Group, ns) + "?includeObject=All", KubectlTableAccept);

        StatusAssert.Failure(
            response,
            HttpStatusCode.BadRequest,
            "BadRequest",
            "Unable to convert to Table as requested: includeObject: Invalid value: \"All\": must be 'Metadata', 'Object', 'None', or empty");
    }

    [Fact]
    public async Task List_WithLimit_TableCarriesContinueToken()
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(ApiPrefixes.Group, ns, "a");
        await _api.CreateAsync(ApiPrefixes.Group, ns, "b");

        var response = await GetAsync(RoutePaths.Collection(ApiPrefixes.Group, ns) + "?limit=1", KubectlTableAccept);

        Assert.Single(Rows(response));
        Assert.False(string.IsNullOrEmpty(response.Str("metadata.continue")));
    }

    [Fact]
    public async Task Get_WithYamlTableAccept_ReturnsTableInYaml()
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(ApiPrefixes.Group, ns, "web");

        var response = await GetAsync(RoutePaths.Item(ApiPrefixes.Group, ns, "web"), "application/yaml;as=Table;v=v1;g=meta.k8s.io");

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal("application/yaml", response.ContentType);
        Assert.Contains("kind: Table", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WithProtobufTableThenProtobuf_FallsBackToProtobufRoute()
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(ApiPrefixes.Group, ns, "web");

        var response = await GetAsync(
            RoutePaths.Item(ApiPrefixes.Group, ns, "web"),
            "application/vnd.kubernetes.protobuf;as=Table;v=v1;g=meta.k8s.io,application/vnd.kubernetes.protobuf");

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal("application/vnd.kubernetes.protobuf", response.ContentType);
        Assert.StartsWith("k8s\0", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WithProtobufTableOnly_Returns406()
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(ApiPrefixes.Group, ns, "web");

        var response = await GetAsync(RoutePaths.Item(ApiPrefixes.Group, ns, "web"), "application/vnd.kubernetes.protobuf;as=Table;v=v1;g=meta.k8s.io");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.Code);
    }

    [Fact]
    public async Task Get_WithTableOfUnknownGroup_FallsBackToRoute()
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(ApiPrefixes.Group, ns, "web");

        var response = await GetAsync(RoutePaths.Item(ApiPrefixes.Group, ns, "web"), "application/json;as=Table;v=v1;g=example.com,application/json");

        Assert.Equal("Route", response.Str("kind"));
    }

    [Fact]
    public async Task Get_MissingRouteWithTableAccept_Returns404Status()
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await GetAsync(RoutePaths.Item(ApiPrefixes.Group, ns, "none"), KubectlTableAccept);

        Assert.Equal(HttpStatusCode.NotFound, response.Code);
        Assert.Equal("Status", response.Str("kind"));
    }

    [Fact]
    public async Task Watch_WithTableAccept_SendsOneRowTablesWithHeadersOnlyOnFirstEvent()
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(ApiPrefixes.Group, ns, "a");
        await using var watch = await WatchStream.OpenAsync(
            _api.Http,
            RoutePaths.Collection(ApiPrefixes.Group, ns) + "?watch=true&resourceVersion=0",
            configure: r => r.Headers.TryAddWithoutValidation("Accept", KubectlTableAccept));
        var first = await watch.NextAsync();

        await _api.CreateAsync(ApiPrefixes.Group, ns, "b");
        var second = await watch.NextAsync();

        Assert.Equal("ADDED", first.Type);
        Assert.Equal("Table", (string?)first.Object["kind"]);
        Assert.Equal(7, first.Object["columnDefinitions"]!.AsArray().Count);
        Assert.Equal("a", (string?)first.Object["rows"]![0]!["cells"]![0]);
        Assert.Equal("ADDED", second.Type);
        Assert.Equal("Table", (string?)second.Object["kind"]);
        Assert.Null(second.Object["columnDefinitions"]);
        Assert.Equal("b", (string?)second.Object["rows"]![0]!["cells"]![0]);
    }

    [Fact]
    public async Task Watch_WithTableAcceptAndIncludeObjectNone_RowsHaveNoObject()
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(ApiPrefixes.Group, ns, "a");
        await using var watch = await WatchStream.OpenAsync(
            _api.Http,
            RoutePaths.Collection(ApiPrefixes.Group, ns) + "?watch=true&resourceVersion=0&includeObject=None",
            configure: r => r.Headers.TryAddWithoutValidation("Accept", KubectlTableAccept));

        var first = await watch.NextAsync();

        Assert.Null(first.Object["rows"]![0]!["object"]);
    }

    [Fact]
    public async Task Watch_WithUnknownIncludeObject_Returns400BeforeStreaming()
    {
        var ns = ApiPrefixes.NewNamespace();
        using var request = new HttpRequestMessage(HttpMethod.Get, RoutePaths.Collection(ApiPrefixes.Group, ns) + "?watch=true&includeObject=x");
        request.Headers.TryAddWithoutValidation("Accept", KubectlTableAccept);

        var response = await _api.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.Code);
    }

    [Fact]
    public async Task WatchList_WithTableAccept_FallsBackToRouteEvents()
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(ApiPrefixes.Group, ns, "a");
        await using var watch = await WatchStream.OpenAsync(
            _api.Http,
            RoutePaths.Collection(ApiPrefixes.Group, ns) + "?watch=true&sendInitialEvents=true&allowWatchBookmarks=true&resourceVersionMatch=NotOlderThan",
            configure: r => r.Headers.TryAddWithoutValidation("Accept", KubectlTableAccept));

        var first = await watch.NextAsync();

        Assert.Equal("Route", (string?)first.Object["kind"]);
    }

    private async Task<ApiResponse> GetAsync(string path, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return await _api.SendAsync(request);
    }

    private static List<JsonObject> Rows(ApiResponse response) =>
        [.. response.Json["rows"]!.AsArray().Select(r => r!.AsObject())];
}
