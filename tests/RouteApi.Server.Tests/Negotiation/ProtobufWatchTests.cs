using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using RouteApi.Core.Model;
using RouteApi.Formats.Json;
using RouteApi.Formats.Protobuf;
using RouteApi.Server.Tests.Endpoints;

namespace RouteApi.Server.Tests.Negotiation;

/// <summary>
/// <c>application/vnd.kubernetes.protobuf;stream=watch</c>: frames of a 4-byte big-endian length and a
/// raw WatchEvent whose object is the Route in its normal <c>k8s\0</c> envelope, read one at a time.
/// </summary>
public sealed class ProtobufWatchTests(RouteApiFactory factory) : IClassFixture<RouteApiFactory>
{
    private readonly WireClient _wire = new(factory.CreateClient());

    public static TheoryData<string, string> ProtobufAccepts() => MediaTypes.PrefixesAndTypes(
        MediaTypes.Protobuf,
        MediaTypes.ProtobufStream,
        "application/json;q=0.5, application/vnd.kubernetes.protobuf",
        "application/yaml, application/vnd.kubernetes.protobuf;q=0.9");

    [Theory]
    [MemberData(nameof(ProtobufAccepts))]
    public async Task Watch_AcceptProtobuf_AnswersProtobufStreamContentType(string prefix, string accept)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _wire.CreateJsonAsync(prefix, ns, RouteJson.Route("web"));

        await using var watch = await ProtobufWatchStream.OpenAsync(_wire.Http, RoutePaths.Collection(prefix, ns) + "?watch=true", accept);

        Assert.Equal(MediaTypes.ProtobufStream, watch.ContentType);
        var (type, route) = await watch.NextRouteAsync(ApiPrefixes.ApiVersionOf(prefix));
        Assert.Equal(("ADDED", "web"), (type, route.Metadata.Name));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Watch_Protobuf_StartsWithOneAddedFramePerRouteHoldingTheStoredRoute(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var a = await _wire.CreateJsonAsync(prefix, ns, RouteBodies.Example("route-edge", prefix, ns).ToJsonString());
        var b = await _wire.CreateJsonAsync(prefix, ns, RouteBodies.Example("route-ab-testing", prefix, ns).ToJsonString());

        await using var watch = await ProtobufWatchStream.OpenAsync(_wire.Http, RoutePaths.Collection(prefix, ns) + "?watch=true");

        var first = await watch.NextRouteAsync(ApiPrefixes.ApiVersionOf(prefix));
        var second = await watch.NextRouteAsync(ApiPrefixes.ApiVersionOf(prefix));
        Assert.Equal(["ADDED", "ADDED"], [first.Type, second.Type]);
        Assert.Equal([b, a], [Json(first.Route), Json(second.Route)]);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Watch_Protobuf_StreamsModifiedThenDeletedWithTheirRevisions(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = JsonNode.Parse(await _wire.CreateJsonAsync(prefix, ns, RouteJson.Route("web")))!.AsObject();
        var path = RoutePaths.Item(prefix, ns, "web");
        await using var watch = await ProtobufWatchStream.OpenAsync(_wire.Http,
            RoutePaths.Collection(prefix, ns) + "?watch=true&resourceVersion=" + RouteJson.Revision(created));

        var patched = await _wire.SendAsync(HttpMethod.Patch, path, Encoding.UTF8.GetBytes("""{"metadata":{"labels":{"team":"a"}}}"""), "application/merge-patch+json");
        var modified = await watch.NextRouteAsync(ApiPrefixes.ApiVersionOf(prefix));
        await _wire.SendAsync(new WireRequest(HttpMethod.Delete, path));
        var deleted = await watch.NextRouteAsync(ApiPrefixes.ApiVersionOf(prefix));

        Assert.Equal("MODIFIED", modified.Type);
        Assert.Equal(patched.Text, Json(modified.Route));
        Assert.Equal("DELETED", deleted.Type);
        Assert.Equal("a", deleted.Route.Metadata.Labels!["team"]);
        Assert.True(Revision(deleted.Route) > RouteJson.Revision(patched.Json), $"DELETED at {deleted.Route.Metadata.ResourceVersion}, patched at {RouteJson.Revision(patched.Json)}");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Watch_ProtobufWithBookmarks_EndsInitialEventsWithAnnotatedBookmark(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = JsonNode.Parse(await _wire.CreateJsonAsync(prefix, ns, RouteJson.Route("web")))!.AsObject();

        await using var watch = await ProtobufWatchStream.OpenAsync(_wire.Http, RoutePaths.Collection(prefix, ns) + "?watch=true&allowWatchBookmarks=true");

        var added = await watch.NextRouteAsync(ApiPrefixes.ApiVersionOf(prefix));
        var bookmark = await watch.NextRouteAsync(ApiPrefixes.ApiVersionOf(prefix));
        Assert.Equal(("ADDED", "BOOKMARK"), (added.Type, bookmark.Type));
        Assert.Equal("true", bookmark.Route.Metadata.Annotations!["k8s.io/initial-events-end"]);
        Assert.Null(bookmark.Route.Metadata.Name);
        Assert.True(Revision(bookmark.Route) >= RouteJson.Revision(created), $"bookmark at {bookmark.Route.Metadata.ResourceVersion}");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Watch_ProtobufInitialEventsBookmark_CarriesProtobufListBlueprint(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        await using var watch = await ProtobufWatchStream.OpenAsync(_wire.Http,
            RoutePaths.Collection(prefix, ns) + "?watch=true&sendInitialEvents=true&resourceVersionMatch=NotOlderThan&allowWatchBookmarks=true");

        var bookmark = await watch.NextRouteAsync(ApiPrefixes.ApiVersionOf(prefix));
        Assert.Equal("BOOKMARK", bookmark.Type);
        var blueprint = Convert.FromBase64String(bookmark.Route.Metadata.Annotations!["kubernetes.io/initial-events-list-blueprint"]);
        var envelope = KubernetesProtobuf.ReadEnvelope(blueprint);
        Assert.Equal((ApiPrefixes.ApiVersionOf(prefix), "RouteList"), (envelope.ApiVersion, envelope.Kind));
        Assert.Empty(KubernetesProtobuf.Deserialize<RouteList>(envelope).Items);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Watch_ProtobufFrame_IsLengthThenRawWatchEventHoldingTheEnvelope(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _wire.CreateJsonAsync(prefix, ns, RouteJson.Route("web"));
        await using var watch = await ProtobufWatchStream.OpenAsync(_wire.Http, RoutePaths.Collection(prefix, ns) + "?watch=true");

        var frame = await watch.NextRawFrameAsync();

        Assert.Equal((uint)(frame.Length - 4), BinaryPrimitives.ReadUInt32BigEndian(frame));
        Assert.Equal(0x0a, frame[4]);
        Assert.False(KubernetesProtobuf.HasMagic(frame.AsSpan(4)), "the frame body is a raw WatchEvent, without the k8s\\0 magic");
        ReadOnlyMemory<byte> buffer = frame;
        Assert.True(ProtobufWatchFrame.TryRead(ref buffer, out var watchEvent));
        Assert.True(buffer.IsEmpty);
        Assert.Equal("ADDED", watchEvent.Type);
        Assert.True(KubernetesProtobuf.HasMagic(watchEvent.EnvelopedObject.Span), "the object is in its k8s\\0 envelope");
        Assert.Equal(created, Json(KubernetesProtobuf.Deserialize<Route>(watchEvent.EnvelopedObject)));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Watch_TwoProtobufWatchers_ReceiveTheSameFrameBytes(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = JsonNode.Parse(await _wire.CreateJsonAsync(prefix, ns, RouteJson.Route("web")))!.AsObject();
        var path = RoutePaths.Collection(prefix, ns) + "?watch=true&resourceVersion=" + RouteJson.Revision(created);
        await using var first = await ProtobufWatchStream.OpenAsync(_wire.Http, path);
        await using var second = await ProtobufWatchStream.OpenAsync(_wire.Http, path);

        await _wire.SendAsync(HttpMethod.Patch, RoutePaths.Item(prefix, ns, "web"), Encoding.UTF8.GetBytes("""{"spec":{"path":"/v2"}}"""), "application/merge-patch+json");

        Assert.Equal(await first.NextRawFrameAsync(), await second.NextRawFrameAsync());
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Watch_ProtobufOnDeprecatedItemPath_StreamsOnlyThatRoute(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _wire.CreateJsonAsync(prefix, ns, RouteJson.Route("a"));
        await _wire.CreateJsonAsync(prefix, ns, RouteJson.Route("b"));

        await using var watch = await ProtobufWatchStream.OpenAsync(_wire.Http, RoutePaths.WatchItem(prefix, ns, "b"), MediaTypes.ProtobufStream);

        Assert.Equal(MediaTypes.ProtobufStream, watch.ContentType);
        var (type, route) = await watch.NextRouteAsync(ApiPrefixes.ApiVersionOf(prefix));
        Assert.Equal(("ADDED", "b"), (type, route.Metadata.Name));
    }

    /// <summary>The server's compact JSON of a route read from a frame.</summary>
    private static string Json(Route route) => Encoding.UTF8.GetString(KubernetesJson.SerializeToBytes(route));

    private static long Revision(Route route) => long.Parse(route.Metadata.ResourceVersion!, CultureInfo.InvariantCulture);
}
