using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using RouteApi.Formats.Protobuf;
using RouteApi.Server.Tests.Endpoints;

namespace RouteApi.Server.Tests.Negotiation;

/// <summary>
/// Bodies that cannot be read: one not in the encoding its Content-Type names (400), an unknown
/// Content-Type (415), a protobuf envelope of another kind or version (400), and unknown or
/// duplicate YAML fields under <c>fieldValidation=Strict</c> (400). None of them stores anything.
/// </summary>
public sealed class RequestBodyErrorTests(RouteApiFactory factory) : IClassFixture<RouteApiFactory>
{
    private const string CannotBeHandled = "Route in version \"v1\" cannot be handled as a Route: ";

    private readonly WireClient _wire = new(factory.CreateClient());

    /// <summary>A body in one encoding sent under another Content-Type: prefix, case.</summary>
    public static TheoryData<string, string> Mismatches()
    {
        var data = new TheoryData<string, string>();
        foreach (var prefix in new[] { ApiPrefixes.Group, ApiPrefixes.Legacy })
        {
            foreach (var mismatch in new[] { "json-as-protobuf", "yaml-as-protobuf", "protobuf-as-json", "protobuf-as-yaml", "garbage-as-yaml", "yaml-as-json", "list-as-yaml" })
            {
                data.Add(prefix, mismatch);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Mismatches))]
    public async Task Create_BodyNotInItsContentType_Returns400AndStoresNothing(string prefix, string mismatch)
    {
        var ns = ApiPrefixes.NewNamespace();
        var (body, contentType) = MismatchedBody(prefix, ns, mismatch);

        var response = await _wire.SendAsync(HttpMethod.Post, RoutePaths.Collection(prefix, ns), body, contentType);

        var status = StatusAssert.Failure(response.AsApiResponse(), HttpStatusCode.BadRequest, "BadRequest");
        Assert.StartsWith(CannotBeHandled, (string?)status["message"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _wire.GetAsync(RoutePaths.Item(prefix, ns, "web"))).Code);
    }

    [Theory]
    [InlineData(ApiPrefixes.Group, MediaTypes.Protobuf)]
    [InlineData(ApiPrefixes.Legacy, MediaTypes.Protobuf)]
    [InlineData(ApiPrefixes.Group, "application/vnd.kubernetes.protobuf; charset=binary")]
    public async Task Create_JsonSentAsProtobuf_Returns400MissingMagic(string prefix, string contentType)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _wire.SendAsync(HttpMethod.Post, RoutePaths.Collection(prefix, ns), Encoding.UTF8.GetBytes(RouteJson.Route("web")), contentType);

        StatusAssert.Failure(response.AsApiResponse(), HttpStatusCode.BadRequest, "BadRequest", CannotBeHandled + KubernetesProtobuf.NotProtobufMessage);
    }

    [Theory]
    [MemberData(nameof(Mismatches))]
    public async Task Update_BodyNotInItsContentType_Returns400AndChangesNothing(string prefix, string mismatch)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _wire.CreateJsonAsync(prefix, ns, RouteJson.Route("web"));
        var (body, contentType) = MismatchedBody(prefix, ns, mismatch);
        var path = RoutePaths.Item(prefix, ns, "web");

        var response = await _wire.SendAsync(HttpMethod.Put, path, body, contentType);

        var status = StatusAssert.Failure(response.AsApiResponse(), HttpStatusCode.BadRequest, "BadRequest");
        Assert.StartsWith(CannotBeHandled, (string?)status["message"], StringComparison.Ordinal);
        Assert.Equal(created, (await _wire.GetAsync(path)).Text);
    }

    [Theory]
    [InlineData(ApiPrefixes.Group, "text/plain")]
    [InlineData(ApiPrefixes.Legacy, "text/plain")]
    [InlineData(ApiPrefixes.Group, "application/xml")]
    [InlineData(ApiPrefixes.Group, "application/merge-patch+json")]
    [InlineData(ApiPrefixes.Legacy, "application/x-yaml")]
    [InlineData(ApiPrefixes.Group, "not a media type")]
    public async Task Create_UnsupportedContentType_Returns415ListingTheTypes(string prefix, string contentType)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _wire.SendAsync(HttpMethod.Post, RoutePaths.Collection(prefix, ns), Encoding.UTF8.GetBytes(RouteJson.Route("web")), contentType);

        StatusAssert.Failure(response.AsApiResponse(), HttpStatusCode.UnsupportedMediaType, "UnsupportedMediaType", MediaTypes.UnsupportedMediaTypeMessage);
        Assert.Equal(HttpStatusCode.NotFound, (await _wire.GetAsync(RoutePaths.Item(prefix, ns, "web"))).Code);
    }

    [Theory]
    [InlineData(ApiPrefixes.Group, "")]
    [InlineData(ApiPrefixes.Legacy, "")]
    [InlineData(ApiPrefixes.Group, "/status")]
    [InlineData(ApiPrefixes.Legacy, "/status")]
    public async Task Update_UnsupportedContentType_Returns415ListingTheTypes(string prefix, string subresource)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _wire.CreateJsonAsync(prefix, ns, RouteJson.Route("web"));
        var path = RoutePaths.Item(prefix, ns, "web");

        var response = await _wire.SendAsync(HttpMethod.Put, path + subresource, Encoding.UTF8.GetBytes(created), "text/plain");

        StatusAssert.Failure(response.AsApiResponse(), HttpStatusCode.UnsupportedMediaType, "UnsupportedMediaType", MediaTypes.UnsupportedMediaTypeMessage);
        Assert.Equal(created, (await _wire.GetAsync(path)).Text);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_ProtobufEnvelopeOfAnotherKind_Returns400Unrecognized(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var apiVersion = ApiPrefixes.ApiVersionOf(prefix);
        var body = ProtobufRoute(prefix, ns, route => route["kind"] = "Pod");

        var response = await _wire.SendAsync(HttpMethod.Post, RoutePaths.Collection(prefix, ns), body, MediaTypes.Protobuf);

        StatusAssert.Failure(response.AsApiResponse(), HttpStatusCode.BadRequest, "BadRequest",
            $"the object provided is unrecognized (must be of type Route): no kind \"Pod\" is registered for version \"{apiVersion}\"");
        Assert.Equal(HttpStatusCode.NotFound, (await _wire.GetAsync(RoutePaths.Item(prefix, ns, "web"))).Code);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_ProtobufEnvelopeOfOtherPrefixVersion_Returns400VersionMismatch(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var wrong = ApiPrefixes.ApiVersionOf(RoutePaths.Other(prefix));
        var body = ProtobufRoute(prefix, ns, route => route["apiVersion"] = wrong);

        var response = await _wire.SendAsync(HttpMethod.Post, RoutePaths.Collection(prefix, ns), body, MediaTypes.Protobuf);

        StatusAssert.Failure(response.AsApiResponse(), HttpStatusCode.BadRequest, "BadRequest",
            $"the API version in the data ({wrong}) does not match the expected API version ({ApiPrefixes.ApiVersionOf(prefix)})");
        Assert.Equal(HttpStatusCode.NotFound, (await _wire.GetAsync(RoutePaths.Item(prefix, ns, "web"))).Code);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Update_ProtobufEnvelopeOfAnotherKind_Returns400AndChangesNothing(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _wire.CreateJsonAsync(prefix, ns, RouteJson.Route("web"));
        var path = RoutePaths.Item(prefix, ns, "web");
        var route = JsonNode.Parse(created)!.AsObject();
        route["kind"] = "RouteList";

        var response = await _wire.SendAsync(HttpMethod.Put, path, RouteBodies.Encode(route, MediaTypes.Protobuf), MediaTypes.Protobuf);

        StatusAssert.Failure(response.AsApiResponse(), HttpStatusCode.BadRequest, "BadRequest",
            $"the object provided is unrecognized (must be of type Route): no kind \"RouteList\" is registered for version \"{ApiPrefixes.ApiVersionOf(prefix)}\"");
        Assert.Equal(created, (await _wire.GetAsync(path)).Text);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_StrictYamlWithUnknownField_Returns400StrictDecodingError(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _wire.SendAsync(HttpMethod.Post, RoutePaths.Collection(prefix, ns) + "?fieldValidation=Strict", Yaml(UnknownFieldYaml), MediaTypes.Yaml);

        StatusAssert.Failure(response.AsApiResponse(), HttpStatusCode.BadRequest, "BadRequest", CannotBeHandled + "strict decoding error: unknown field \"spec.foo\"");
        Assert.Equal(HttpStatusCode.NotFound, (await _wire.GetAsync(RoutePaths.Item(prefix, ns, "web"))).Code);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_StrictYamlWithDuplicateField_Returns400StrictDecodingError(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        const string Duplicate = """
            metadata:
              name: web
            spec:
              host: a.example.com
              host: b.example.com
              to:
                name: svc
            """;

        var response = await _wire.SendAsync(HttpMethod.Post, RoutePaths.Collection(prefix, ns) + "?fieldValidation=Strict", Yaml(Duplicate), MediaTypes.Yaml);

        StatusAssert.Failure(response.AsApiResponse(), HttpStatusCode.BadRequest, "BadRequest", CannotBeHandled + "strict decoding error: duplicate field \"spec.host\"");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Update_StrictYamlWithUnknownField_Returns400AndChangesNothing(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _wire.CreateJsonAsync(prefix, ns, RouteJson.Route("web"));
        var path = RoutePaths.Item(prefix, ns, "web");
        var route = JsonNode.Parse(created)!.AsObject();
        route["spec"]!["foo"] = "bar";

        var response = await _wire.SendAsync(HttpMethod.Put, path + "?fieldValidation=Strict", RouteBodies.Encode(route, MediaTypes.Yaml), MediaTypes.Yaml);

        StatusAssert.Failure(response.AsApiResponse(), HttpStatusCode.BadRequest, "BadRequest", CannotBeHandled + "strict decoding error: unknown field \"spec.foo\"");
        Assert.Equal(created, (await _wire.GetAsync(path)).Text);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_YamlWithUnknownFieldByDefault_Returns201WithWarning(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _wire.SendAsync(HttpMethod.Post, RoutePaths.Collection(prefix, ns), Yaml(UnknownFieldYaml), MediaTypes.Yaml);

        Assert.Equal(HttpStatusCode.Created, response.Code);
        Assert.Equal(["299 - \"unknown field \\\"spec.foo\\\"\""], response.Warnings);
    }

    private const string UnknownFieldYaml = """
        metadata:
          name: web
        spec:
          foo: bar
          to:
            name: svc
        """;

    private static byte[] Yaml(string text) => Encoding.UTF8.GetBytes(text + "\n");

    /// <summary>A body for route <c>web</c> in one encoding and the Content-Type of another.</summary>
    private static (byte[] Body, string ContentType) MismatchedBody(string prefix, string ns, string mismatch)
    {
        var route = RouteBodies.Example("route-plain", prefix, ns);
        route["metadata"]!["name"] = "web";
        return mismatch switch
        {
            "json-as-protobuf" => (RouteBodies.Encode(route, MediaTypes.Json), MediaTypes.Protobuf),
            "yaml-as-protobuf" => (RouteBodies.Encode(route, MediaTypes.Yaml), MediaTypes.Protobuf),
            "protobuf-as-json" => (RouteBodies.Encode(route, MediaTypes.Protobuf), MediaTypes.Json),
            "protobuf-as-yaml" => (RouteBodies.Encode(route, MediaTypes.Protobuf), MediaTypes.Yaml),
            "garbage-as-yaml" => (Encoding.UTF8.GetBytes("metadata: {name: web\nspec: [to\n"), MediaTypes.Yaml),
            "yaml-as-json" => (RouteBodies.Encode(route, MediaTypes.Yaml), MediaTypes.Json),
            "list-as-yaml" => (Encoding.UTF8.GetBytes("- metadata:\n    name: web\n"), MediaTypes.Yaml),
            _ => throw new ArgumentOutOfRangeException(nameof(mismatch), mismatch, null),
        };
    }

    /// <summary>Route <c>web</c> as protobuf, after <paramref name="change"/> to its JSON (kind and apiVersion go into the envelope).</summary>
    private static byte[] ProtobufRoute(string prefix, string ns, Action<JsonObject> change)
    {
        var route = RouteBodies.Example("route-plain", prefix, ns);
        route["metadata"]!["name"] = "web";
        change(route);
        return RouteBodies.Encode(route, MediaTypes.Protobuf);
    }
}
