using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using RouteApi.Server.Tests.Endpoints;

namespace RouteApi.Server.Tests.Negotiation;

/// <summary>
/// The stream encoding of a watch: JSON lines or protobuf frames only (YAML has no stream form, so
/// a watch asking only for YAML answers 406 listing the stream types), always compact.
/// </summary>
public sealed class WatchNegotiationTests(RouteApiFactory factory) : IClassFixture<RouteApiFactory>
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly WireClient _wire = new(factory.CreateClient());

    public static TheoryData<string, string> Unservable() => MediaTypes.PrefixesAndTypes(
        MediaTypes.Yaml,
        "application/yaml;stream=watch",
        "text/html",
        "application/json;as=PartialObjectMetadata;v=v1;g=meta.k8s.io",
        "application/json;q=0, application/yaml");

    /// <summary>Accept headers whose watch is JSON, and the Content-Type each must answer.</summary>
    public static TheoryData<string, string, string> JsonAccepts()
    {
        var accepts = new (string Accept, string ContentType)[]
        {
            (string.Empty, MediaTypes.Json),
            (MediaTypes.Json, MediaTypes.Json),
            ("*/*", MediaTypes.Json),
            ("application/yaml, application/json", MediaTypes.Json),
            (MediaTypes.JsonStream, MediaTypes.JsonStream),
            ("application/yaml, application/json;stream=watch;q=0.5", MediaTypes.JsonStream),
        };
        var data = new TheoryData<string, string, string>();
        foreach (var prefix in new[] { ApiPrefixes.Group, ApiPrefixes.Legacy })
        {
            foreach (var (accept, contentType) in accepts)
            {
                data.Add(prefix, accept, contentType);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Unservable))]
    public async Task Watch_AcceptWithoutStreamType_Returns406ListingTheStreamTypes(string prefix, string accept)
    {
        var response = await RejectedAsync(RoutePaths.Collection(prefix, ApiPrefixes.NewNamespace()) + "?watch=true", accept);

        StatusAssert.Failure(response.AsApiResponse(), HttpStatusCode.NotAcceptable, "NotAcceptable", MediaTypes.WatchNotAcceptableMessage);
        Assert.Equal(MediaTypes.Json, response.ContentType);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Watch_DeprecatedPathAcceptYaml_Returns406ListingTheStreamTypes(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await RejectedAsync(RoutePaths.WatchItem(prefix, ns, "web"), MediaTypes.Yaml);

        StatusAssert.Failure(response.AsApiResponse(), HttpStatusCode.NotAcceptable, "NotAcceptable", MediaTypes.WatchNotAcceptableMessage);
    }

    [Theory]
    [MemberData(nameof(JsonAccepts))]
    public async Task Watch_JsonAccept_StreamsJsonLinesWithItsContentType(string prefix, string accept, string contentType)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _wire.CreateJsonAsync(prefix, ns, RouteJson.Route("web"));

        await using var watch = await WatchStream.OpenAsync(_wire.Http, RoutePaths.Collection(prefix, ns) + "?watch=true",
            configure: request => AddAccept(request, accept));

        Assert.Equal(contentType, WireClient.RawContentType(watch.Response));
        Assert.Equal("ADDED web", (await watch.NextAsync()).Summary);
    }

    [Theory]
    [InlineData(ApiPrefixes.Group, "?watch=true&pretty=true", "")]
    [InlineData(ApiPrefixes.Legacy, "?watch=true", "curl/8.5.0")]
    [InlineData(ApiPrefixes.Group, "?watch=true", "Mozilla/5.0 (X11; Linux x86_64)")]
    public async Task Watch_PrettyRequested_StreamsCompactLines(string prefix, string query, string userAgent)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _wire.CreateJsonAsync(prefix, ns, RouteJson.Route("web"));

        await using var watch = await WatchStream.OpenAsync(_wire.Http, RoutePaths.Collection(prefix, ns) + query, configure: request =>
        {
            if (userAgent.Length > 0)
            {
                request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
            }
        });

        var line = await watch.ReadLineAsync();
        Assert.NotNull(line);
        Assert.Equal(JsonNode.Parse(line)!.ToJsonString(Compact), line);
    }

    private static void AddAccept(HttpRequestMessage request, string accept)
    {
        if (accept.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }
    }

    /// <summary>A watch that must be refused before it streams; one that answers 200 fails at once instead of streaming until timeout.</summary>
    private async Task<WireResponse> RejectedAsync(string path, string accept)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        using var request = WireClient.ToMessage(new WireRequest(HttpMethod.Get, path) { Accept = accept });
        using var response = await _wire.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.True(response.StatusCode != HttpStatusCode.OK, $"watch {path} with Accept {accept} was not refused");
        var body = await response.Content.ReadAsByteArrayAsync(timeout.Token);
        return new WireResponse(response.StatusCode, body, WireClient.RawContentType(response), response.Headers);
    }
}
