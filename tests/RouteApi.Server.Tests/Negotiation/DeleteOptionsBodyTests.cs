using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using RouteApi.Core.Model;
using RouteApi.Formats.Protobuf;
using RouteApi.Server.Tests.Endpoints;

namespace RouteApi.Server.Tests.Negotiation;

/// <summary>DeleteOptions sent as a JSON, YAML or protobuf body are honoured the same way.</summary>
public sealed class DeleteOptionsBodyTests(RouteApiFactory factory) : IClassFixture<RouteApiFactory>
{
    private readonly WireClient _wire = new(factory.CreateClient());

    public static TheoryData<string, string> PrefixesAndTypes() =>
        MediaTypes.PrefixesAndTypes(MediaTypes.Json, MediaTypes.Yaml, MediaTypes.Protobuf);

    [Theory]
    [MemberData(nameof(PrefixesAndTypes))]
    public async Task Delete_MatchingPreconditions_DeletesTheRoute(string prefix, string type)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await CreateAsync(prefix, ns);
        var options = Options($$$"""{"preconditions":{"uid":"{{{Uid(created)}}}","resourceVersion":"{{{created["metadata"]!["resourceVersion"]}}}"}}""", type);

        var response = await _wire.SendAsync(HttpMethod.Delete, RoutePaths.Item(prefix, ns, "web"), options, type);

        Assert.True(response.Code == HttpStatusCode.OK, $"{(int)response.Code} {response.Text}");
        Assert.Equal("Success", (string?)response.Json["status"]);
        Assert.Equal(HttpStatusCode.NotFound, (await _wire.GetAsync(RoutePaths.Item(prefix, ns, "web"))).Code);
    }

    [Theory]
    [MemberData(nameof(PrefixesAndTypes))]
    public async Task Delete_PreconditionWithOtherUid_Returns409AndKeepsTheRoute(string prefix, string type)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await CreateAsync(prefix, ns);
        const string OtherUid = "00000000-0000-0000-0000-000000000001";

        var response = await _wire.SendAsync(HttpMethod.Delete, RoutePaths.Item(prefix, ns, "web"), Options($$$"""{"preconditions":{"uid":"{{{OtherUid}}}"}}""", type), type);

        StatusAssert.Failure(response.AsApiResponse(), HttpStatusCode.Conflict, "Conflict",
            $"Operation cannot be fulfilled on {ApiPrefixes.KindOf(prefix)} \"web\": the UID in the precondition ({OtherUid}) does not match the UID in record ({Uid(created)}). The object might have been deleted and then recreated");
        Assert.Equal(HttpStatusCode.OK, (await _wire.GetAsync(RoutePaths.Item(prefix, ns, "web"))).Code);
    }

    [Theory]
    [MemberData(nameof(PrefixesAndTypes))]
    public async Task Delete_PreconditionWithOldResourceVersion_Returns409AndKeepsTheRoute(string prefix, string type)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await CreateAsync(prefix, ns);
        var current = created["metadata"]!["resourceVersion"]!.GetValue<string>();

        // One past the record's version: never the record's own, whatever ran before in this store.
        var stale = (long.Parse(current, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);

        var response = await _wire.SendAsync(HttpMethod.Delete, RoutePaths.Item(prefix, ns, "web"), Options($$$"""{"preconditions":{"resourceVersion":"{{{stale}}}"}}""", type), type);

        StatusAssert.Failure(response.AsApiResponse(), HttpStatusCode.Conflict, "Conflict",
            $"Operation cannot be fulfilled on {ApiPrefixes.KindOf(prefix)} \"web\": the ResourceVersion in the precondition ({stale}) does not match the ResourceVersion in record ({current}). The object might have been modified");
    }

    [Theory]
    [MemberData(nameof(PrefixesAndTypes))]
    public async Task Delete_DryRunAll_AnswersSuccessAndKeepsTheRoute(string prefix, string type)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await CreateAsync(prefix, ns);

        var response = await _wire.SendAsync(HttpMethod.Delete, RoutePaths.Item(prefix, ns, "web"), Options("""{"dryRun":["All"]}""", type), type);

        Assert.True(response.Code == HttpStatusCode.OK, $"{(int)response.Code} {response.Text}");
        Assert.Equal(created.ToJsonString(), (await _wire.GetAsync(RoutePaths.Item(prefix, ns, "web"))).Json.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(PrefixesAndTypes))]
    public async Task DeleteCollection_DryRunAll_KeepsTheRoutes(string prefix, string type)
    {
        var ns = ApiPrefixes.NewNamespace();
        await CreateAsync(prefix, ns);

        var response = await _wire.SendAsync(HttpMethod.Delete, RoutePaths.Collection(prefix, ns), Options("""{"dryRun":["All"]}""", type), type);

        Assert.True(response.Code == HttpStatusCode.OK, $"{(int)response.Code} {response.Text}");
        Assert.Equal(["web"], response.AsApiResponse().ItemNames());
        Assert.Equal(HttpStatusCode.OK, (await _wire.GetAsync(RoutePaths.Item(prefix, ns, "web"))).Code);
    }

    [Theory]
    [InlineData(ApiPrefixes.Group, "v1")]
    [InlineData(ApiPrefixes.Legacy, "meta.k8s.io/v1")]
    public async Task Delete_YamlOptionsWithKindAndApiVersion_AreAccepted(string prefix, string apiVersion)
    {
        var ns = ApiPrefixes.NewNamespace();
        await CreateAsync(prefix, ns);
        var yaml = $"apiVersion: {apiVersion}\nkind: DeleteOptions\npropagationPolicy: Background\n";

        var response = await _wire.SendAsync(HttpMethod.Delete, RoutePaths.Item(prefix, ns, "web"), Encoding.UTF8.GetBytes(yaml), MediaTypes.Yaml);

        Assert.True(response.Code == HttpStatusCode.OK, $"{(int)response.Code} {response.Text}");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Delete_JsonOptionsSentAsProtobuf_Returns400AndKeepsTheRoute(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await CreateAsync(prefix, ns);

        var response = await _wire.SendAsync(HttpMethod.Delete, RoutePaths.Item(prefix, ns, "web"), Encoding.UTF8.GetBytes("""{"dryRun":["All"]}"""), MediaTypes.Protobuf);

        StatusAssert.Failure(response.AsApiResponse(), HttpStatusCode.BadRequest, "BadRequest",
            "DeleteOptions in version \"v1\" cannot be handled as a DeleteOptions: " + KubernetesProtobuf.NotProtobufMessage);
        Assert.Equal(HttpStatusCode.OK, (await _wire.GetAsync(RoutePaths.Item(prefix, ns, "web"))).Code);
    }

    [Theory]
    [InlineData(ApiPrefixes.Group, "preconditions: [uid\n")]
    [InlineData(ApiPrefixes.Legacy, "preconditions: [uid\n")]
    [InlineData(ApiPrefixes.Group, "- dryRun\n")]
    public async Task Delete_OptionsNotYaml_Returns400AndKeepsTheRoute(string prefix, string body)
    {
        var ns = ApiPrefixes.NewNamespace();
        await CreateAsync(prefix, ns);

        var response = await _wire.SendAsync(HttpMethod.Delete, RoutePaths.Item(prefix, ns, "web"), Encoding.UTF8.GetBytes(body), MediaTypes.Yaml);

        var status = StatusAssert.Failure(response.AsApiResponse(), HttpStatusCode.BadRequest, "BadRequest");
        Assert.StartsWith("DeleteOptions in version \"v1\" cannot be handled as a DeleteOptions: ", (string?)status["message"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await _wire.GetAsync(RoutePaths.Item(prefix, ns, "web"))).Code);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Delete_OptionsAsTextPlain_Returns415AndKeepsTheRoute(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await CreateAsync(prefix, ns);

        var response = await _wire.SendAsync(HttpMethod.Delete, RoutePaths.Item(prefix, ns, "web"), Encoding.UTF8.GetBytes("""{"dryRun":["All"]}"""), "text/plain");

        StatusAssert.Failure(response.AsApiResponse(), HttpStatusCode.UnsupportedMediaType, "UnsupportedMediaType", MediaTypes.UnsupportedMediaTypeMessage);
        Assert.Equal(HttpStatusCode.OK, (await _wire.GetAsync(RoutePaths.Item(prefix, ns, "web"))).Code);
    }

    private async Task<JsonObject> CreateAsync(string prefix, string ns) =>
        JsonNode.Parse(await _wire.CreateJsonAsync(prefix, ns, RouteJson.Route("web")))!.AsObject();

    private static string Uid(JsonObject route) => route["metadata"]!["uid"]!.GetValue<string>();

    /// <summary>DeleteOptions written as JSON, converted to <paramref name="type"/>.</summary>
    private static byte[] Options(string json, string type) => RouteBodies.Encode<DeleteOptions>(JsonNode.Parse(json)!.AsObject(), type);
}
