using System.Net;
using System.Text;
using RouteApi.Core.Model;
using RouteApi.Formats.Protobuf;
using RouteApi.Server.Tests.Endpoints;

namespace RouteApi.Server.Tests.Negotiation;

/// <summary>
/// Errors are Status objects in the negotiated encoding: the same Status as the JSON answer, as
/// YAML or as a protobuf <c>v1</c> Status envelope.
/// </summary>
public sealed class ErrorEncodingTests(RouteApiFactory factory) : IClassFixture<RouteApiFactory>
{
    private readonly WireClient _wire = new(factory.CreateClient());

    public static TheoryData<string, string> PrefixesAndTypes() =>
        MediaTypes.PrefixesAndTypes(MediaTypes.Json, MediaTypes.Yaml, MediaTypes.Protobuf);

    [Theory]
    [MemberData(nameof(PrefixesAndTypes))]
    public async Task Get_MissingRoute_Returns404StatusInNegotiatedEncoding(string prefix, string type)
    {
        var path = RoutePaths.Item(prefix, ApiPrefixes.NewNamespace(), "missing");
        var json = await _wire.GetAsync(path);

        var response = await _wire.GetAsync(path, type);

        Assert.Equal(HttpStatusCode.NotFound, response.Code);
        StatusAssert.Failure(json.AsApiResponse(), HttpStatusCode.NotFound, "NotFound", $"{ApiPrefixes.ResourceOf(prefix)} \"missing\" not found");
        WireAssert.SameObject<Status>(response, type, json.Text, "v1", "Status");
    }

    [Theory]
    [MemberData(nameof(PrefixesAndTypes))]
    public async Task Create_InvalidRoute_Returns422StatusWithCausesInNegotiatedEncoding(string prefix, string type)
    {
        var ns = ApiPrefixes.NewNamespace();
        var path = RoutePaths.Collection(prefix, ns);
        var body = Encoding.UTF8.GetBytes(RouteJson.Route("web", """{"path":"api","to":{"name":"svc"}}"""));
        var json = await _wire.SendAsync(HttpMethod.Post, path, body, MediaTypes.Json);

        var response = await _wire.SendAsync(HttpMethod.Post, path, body, MediaTypes.Json, type);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Code);
        StatusAssert.Invalid(json.AsApiResponse(), prefix, "web", "FieldValueInvalid", "spec.path", "Invalid value: \"api\": path must begin with /");
        WireAssert.SameObject<Status>(response, type, json.Text, "v1", "Status");
    }

    [Theory]
    [MemberData(nameof(PrefixesAndTypes))]
    public async Task Create_ExistingRoute_Returns409StatusInNegotiatedEncoding(string prefix, string type)
    {
        var ns = ApiPrefixes.NewNamespace();
        var path = RoutePaths.Collection(prefix, ns);
        var body = Encoding.UTF8.GetBytes(RouteJson.Route("web"));
        await _wire.CreateJsonAsync(prefix, ns, RouteJson.Route("web"));
        var json = await _wire.SendAsync(HttpMethod.Post, path, body, MediaTypes.Json);

        var response = await _wire.SendAsync(HttpMethod.Post, path, body, MediaTypes.Json, type);

        Assert.Equal(HttpStatusCode.Conflict, response.Code);
        StatusAssert.Failure(json.AsApiResponse(), HttpStatusCode.Conflict, "AlreadyExists");
        WireAssert.SameObject<Status>(response, type, json.Text, "v1", "Status");
    }

    [Theory]
    [MemberData(nameof(PrefixesAndTypes))]
    public async Task Create_UnsupportedContentType_Returns415StatusInNegotiatedEncoding(string prefix, string type)
    {
        var path = RoutePaths.Collection(prefix, ApiPrefixes.NewNamespace());
        var body = Encoding.UTF8.GetBytes(RouteJson.Route("web"));
        var json = await _wire.SendAsync(HttpMethod.Post, path, body, "text/plain");

        var response = await _wire.SendAsync(HttpMethod.Post, path, body, "text/plain", type);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Code);
        StatusAssert.Failure(json.AsApiResponse(), HttpStatusCode.UnsupportedMediaType, "UnsupportedMediaType", MediaTypes.UnsupportedMediaTypeMessage);
        WireAssert.SameObject<Status>(response, type, json.Text, "v1", "Status");
    }

    [Theory]
    [MemberData(nameof(PrefixesAndTypes))]
    public async Task Create_BodyNotInItsContentType_Returns400StatusInNegotiatedEncoding(string prefix, string type)
    {
        var path = RoutePaths.Collection(prefix, ApiPrefixes.NewNamespace());
        var body = Encoding.UTF8.GetBytes(RouteJson.Route("web"));
        var json = await _wire.SendAsync(HttpMethod.Post, path, body, MediaTypes.Protobuf);

        var response = await _wire.SendAsync(HttpMethod.Post, path, body, MediaTypes.Protobuf, type);

        Assert.Equal(HttpStatusCode.BadRequest, response.Code);
        StatusAssert.Failure(json.AsApiResponse(), HttpStatusCode.BadRequest, "BadRequest",
            "Route in version \"v1\" cannot be handled as a Route: " + KubernetesProtobuf.NotProtobufMessage);
        WireAssert.SameObject<Status>(response, type, json.Text, "v1", "Status");
    }

    [Theory]
    [MemberData(nameof(PrefixesAndTypes))]
    public async Task UnknownSubresource_Returns404StatusInNegotiatedEncoding(string prefix, string type)
    {
        var path = RoutePaths.Item(prefix, ApiPrefixes.NewNamespace(), "web") + "/scale";
        var json = await _wire.GetAsync(path);

        var response = await _wire.GetAsync(path, type);

        Assert.Equal(HttpStatusCode.NotFound, response.Code);
        StatusAssert.Failure(json.AsApiResponse(), HttpStatusCode.NotFound, "NotFound", "the server could not find the requested resource");
        WireAssert.SameObject<Status>(response, type, json.Text, "v1", "Status");
    }
}
