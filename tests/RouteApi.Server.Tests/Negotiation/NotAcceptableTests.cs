using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using RouteApi.Server.Tests.Endpoints;

namespace RouteApi.Server.Tests.Negotiation;

/// <summary>
/// An <c>Accept</c> that no clause of can be served answers 406 NotAcceptable — as JSON, since
/// nothing else was negotiated — before the request does anything, as kube-apiserver negotiates
/// the response before it acts.
/// </summary>
public sealed class NotAcceptableTests(RouteApiFactory factory) : IClassFixture<RouteApiFactory>
{
    private readonly WireClient _wire = new(factory.CreateClient());

    /// <summary>Accept headers none of whose clauses RouteApi serves.</summary>
    public static TheoryData<string, string> Unservable()
    {
        var accepts = new[]
        {
            "text/html",
            "text/html, application/xml;q=0.9",
            "application/json;as=PartialObjectMetadata;v=v1;g=meta.k8s.io",
            "application/json;as=PartialObjectMetadataList;v=v1;g=meta.k8s.io, application/vnd.kubernetes.protobuf;as=Table;v=v1;g=meta.k8s.io",
            "application/json;q=0",
            "*/*;q=0",
            "application/cbor",
        };
        var data = new TheoryData<string, string>();
        foreach (var prefix in new[] { ApiPrefixes.Group, ApiPrefixes.Legacy })
        {
            foreach (var accept in accepts)
            {
                data.Add(prefix, accept);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Unservable))]
    public async Task Get_UnservableAccept_Returns406JsonStatusListingTheTypes(string prefix, string accept)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _wire.CreateJsonAsync(prefix, ns, RouteJson.Route("web"));

        var response = await _wire.GetAsync(RoutePaths.Item(prefix, ns, "web"), accept);

        AssertNotAcceptable(response);
    }

    [Theory]
    [MemberData(nameof(Unservable))]
    public async Task List_UnservableAccept_Returns406JsonStatusListingTheTypes(string prefix, string accept)
    {
        var response = await _wire.GetAsync(RoutePaths.Collection(prefix, ApiPrefixes.NewNamespace()), accept);

        AssertNotAcceptable(response);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Get_MissingRouteWithUnservableAccept_Returns406NotNotFound(string prefix)
    {
        var response = await _wire.GetAsync(RoutePaths.Item(prefix, ApiPrefixes.NewNamespace(), "missing"), "text/html");

        AssertNotAcceptable(response);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_UnservableAccept_Returns406AndStoresNothing(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _wire.SendAsync(HttpMethod.Post, RoutePaths.Collection(prefix, ns), Utf8(RouteJson.Route("web")), MediaTypes.Json, "text/html");

        AssertNotAcceptable(response);
        Assert.Equal(HttpStatusCode.NotFound, (await _wire.GetAsync(RoutePaths.Item(prefix, ns, "web"))).Code);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Update_UnservableAccept_Returns406AndChangesNothing(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _wire.CreateJsonAsync(prefix, ns, RouteJson.Route("web"));
        var path = RoutePaths.Item(prefix, ns, "web");
        var changed = RouteJson.Changed(JsonNode.Parse(created)!.AsObject(), r => r["spec"]!["path"] = "/v2");

        var response = await _wire.SendAsync(HttpMethod.Put, path, Utf8(changed), MediaTypes.Json, "text/html");

        AssertNotAcceptable(response);
        Assert.Equal(created, (await _wire.GetAsync(path)).Text);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Patch_UnservableAccept_Returns406AndChangesNothing(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _wire.CreateJsonAsync(prefix, ns, RouteJson.Route("web"));
        var path = RoutePaths.Item(prefix, ns, "web");

        var response = await _wire.SendAsync(HttpMethod.Patch, path, Utf8("""{"spec":{"path":"/v2"}}"""), "application/merge-patch+json", "text/html");

        AssertNotAcceptable(response);
        Assert.Equal(created, (await _wire.GetAsync(path)).Text);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Delete_UnservableAccept_Returns406AndDeletesNothing(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _wire.CreateJsonAsync(prefix, ns, RouteJson.Route("web"));
        var path = RoutePaths.Item(prefix, ns, "web");

        var response = await _wire.SendAsync(new WireRequest(HttpMethod.Delete, path) { Accept = "text/html" });

        AssertNotAcceptable(response);
        Assert.Equal(created, (await _wire.GetAsync(path)).Text);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task DeleteCollection_UnservableAccept_Returns406AndDeletesNothing(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _wire.CreateJsonAsync(prefix, ns, RouteJson.Route("web"));

        var response = await _wire.SendAsync(new WireRequest(HttpMethod.Delete, RoutePaths.Collection(prefix, ns)) { Accept = "text/html" });

        AssertNotAcceptable(response);
        Assert.Equal(created, (await _wire.GetAsync(RoutePaths.Item(prefix, ns, "web"))).Text);
    }

    private static void AssertNotAcceptable(WireResponse response)
    {
        StatusAssert.Failure(response.AsApiResponse(), HttpStatusCode.NotAcceptable, "NotAcceptable", MediaTypes.NotAcceptableMessage);
        Assert.Equal(MediaTypes.Json, response.ContentType);
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
