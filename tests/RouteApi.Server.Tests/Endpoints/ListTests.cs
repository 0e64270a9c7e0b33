using System.Globalization;
using System.Net;

namespace RouteApi.Server.Tests.Endpoints;

public sealed class ListTests(RouteApiFactory factory) : IClassFixture<RouteApiFactory>
{
    private readonly ApiClient _api = new(factory.CreateClient());

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_EmptyNamespace_ReturnsRouteListWithEmptyItemsArray(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.GetAsync(RoutePaths.Collection(prefix, ns));

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal("RouteList", response.Str("kind"));
        Assert.Equal(ApiPrefixes.ApiVersionOf(prefix), response.Str("apiVersion"));
        Assert.EndsWith(",\"items\":[]}\n", response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_Namespace_ReturnsItsRoutesSortedByName(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "b");
        await _api.CreateAsync(RoutePaths.Other(prefix), ns, "a");
        await _api.CreateAsync(prefix, ApiPrefixes.NewNamespace(), "c");

        var response = await _api.GetAsync(RoutePaths.Collection(prefix, ns));

        Assert.Equal(["a", "b"], response.ItemNames());
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_Items_CarryNoKindOrApiVersion(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "a");

        var response = await _api.GetAsync(RoutePaths.Collection(prefix, ns));

        var item = Assert.Single(response.Json["items"]!.AsArray())!.AsObject();
        Assert.False(item.ContainsKey("kind"));
        Assert.False(item.ContainsKey("apiVersion"));
        Assert.Equal("a", (string?)item["metadata"]!["name"]);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_AllNamespaces_ReturnsRoutesOfEveryNamespace(string prefix)
    {
        var first = ApiPrefixes.NewNamespace();
        var second = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, first, "a");
        await _api.CreateAsync(prefix, second, "b");

        var response = await _api.GetAsync(prefix + "/routes");

        Assert.Equal("RouteList", response.Str("kind"));
        var keys = response.Json["items"]!.AsArray().Select(i => $"{i!["metadata"]!["namespace"]}/{i["metadata"]!["name"]}").ToList();
        Assert.Contains($"{first}/a", keys);
        Assert.Contains($"{second}/b", keys);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_ResourceVersion_IsAtLeastTheLatestWrite(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "a");

        var response = await _api.GetAsync(RoutePaths.Collection(prefix, ns));

        var written = long.Parse((string)created["metadata"]!["resourceVersion"]!, CultureInfo.InvariantCulture);
        Assert.True(long.Parse(response.Str("metadata.resourceVersion")!, CultureInfo.InvariantCulture) >= written, response.Body);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_IncludeUninitializedAndTimeoutSeconds_AreAccepted(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "a");

        var response = await _api.GetAsync(RoutePaths.Collection(prefix, ns) + "?includeUninitialized=true&timeoutSeconds=30");

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal(["a"], response.ItemNames());
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_PrettyTrue_ReturnsIndentedJson(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.GetAsync(RoutePaths.Collection(prefix, ns) + "?pretty=true");

        Assert.StartsWith("{\n  \"kind\": \"RouteList\",", response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_ResourceVersionAheadOfStore_Returns504Timeout(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.GetAsync(RoutePaths.Collection(prefix, ns) + "?resourceVersion=999999999999");

        var status = StatusAssert.Failure(response, HttpStatusCode.GatewayTimeout, "Timeout");
        Assert.StartsWith("Timeout: Too large resource version: 999999999999, current: ", (string?)status["message"], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_NonNumericResourceVersion_Returns400(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.GetAsync(RoutePaths.Collection(prefix, ns) + "?resourceVersion=x1");

        StatusAssert.Failure(response, HttpStatusCode.BadRequest, "BadRequest",
            "invalid resource version: resourceVersion: Invalid value: \"x1\": strconv.ParseUint: parsing \"x1\": invalid syntax");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_ResourceVersionMatchWithoutResourceVersion_Returns422(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.GetAsync(RoutePaths.Collection(prefix, ns) + "?resourceVersionMatch=NotOlderThan");

        AssertInvalidListOptions(response, "Forbidden", "resourceVersionMatch is forbidden unless resourceVersion is provided");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_ResourceVersionMatchExactWithZero_Returns422(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.GetAsync(RoutePaths.Collection(prefix, ns) + "?resourceVersion=0&resourceVersionMatch=Exact");

        AssertInvalidListOptions(response, "Forbidden", "resourceVersionMatch \"exact\" is forbidden for resourceVersion \"0\"");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_UnsupportedResourceVersionMatch_Returns422(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.GetAsync(RoutePaths.Collection(prefix, ns) + "?resourceVersion=1&resourceVersionMatch=x");

        AssertInvalidListOptions(response, "Unsupported value", "\"x\": supported values: \"Exact\", \"NotOlderThan\", \"\"");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_ResourceVersionMatchNotOlderThanZero_Returns200(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.GetAsync(RoutePaths.Collection(prefix, ns) + "?resourceVersion=0&resourceVersionMatch=NotOlderThan");

        Assert.Equal(HttpStatusCode.OK, response.Code);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_NonNumericLimit_Returns400(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.GetAsync(RoutePaths.Collection(prefix, ns) + "?limit=ten");

        StatusAssert.Failure(response, HttpStatusCode.BadRequest, "BadRequest");
    }

    private static void AssertInvalidListOptions(ApiResponse response, string type, string detail)
    {
        var status = StatusAssert.Failure(response, HttpStatusCode.UnprocessableEntity, "Invalid",
            $"ListOptions.meta.k8s.io \"\" is invalid: resourceVersionMatch: {type}: {detail}");
        var details = status["details"]!;
        Assert.Equal("meta.k8s.io", (string?)details["group"]);
        Assert.Equal("ListOptions", (string?)details["kind"]);
        Assert.Equal("resourceVersionMatch", (string?)Assert.Single(details["causes"]!.AsArray())!["field"]);
    }
}
