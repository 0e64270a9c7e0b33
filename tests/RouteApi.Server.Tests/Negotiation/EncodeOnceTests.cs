using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RouteApi.Core.Model;
using RouteApi.Formats.Json;
using RouteApi.Server.Http;
using RouteApi.Server.Registry;
using RouteApi.Server.Tests.Backends;
using RouteApi.Server.Tests.Endpoints;
using RouteApi.Storage.Caching;

namespace RouteApi.Server.Tests.Negotiation;

// SQLite only: these tests check that GETs reuse the watch cache's entries; on etcd a GET without
// resourceVersion reads etcd (a quorum read), so no cache entry is involved.
/// <summary>
/// A cached route is encoded once per encoding and API path: every GET of the unchanged route sends
/// the bytes kept on its watch-cache entry, and a change replaces the entry and so the bytes.
/// </summary>
[Trait(BackendTraits.Name, BackendTraits.SqliteOnly)]
public sealed class EncodeOnceTests(RouteApiFactory factory) : IClassFixture<RouteApiFactory>
{
    private readonly WireClient _wire = new(factory.CreateClient());

    public static TheoryData<string, string> PrefixesAndTypes() =>
        MediaTypes.PrefixesAndTypes(MediaTypes.Json, MediaTypes.Yaml, MediaTypes.Protobuf);

    [Theory]
    [MemberData(nameof(PrefixesAndTypes))]
    public async Task Get_UnchangedRouteTwice_ReturnsIdenticalBytes(string prefix, string type)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _wire.CreateJsonAsync(prefix, ns, RouteBodies.Example("route-edge", prefix, ns).ToJsonString());
        var path = RoutePaths.Item(prefix, ns, "www-edge");
        var first = await _wire.GetAsync(path, type);

        var second = await _wire.GetAsync(path, type);

        Assert.Equal(HttpStatusCode.OK, second.Code);
        Assert.Equal(first.Body, second.Body);
    }

    [Theory]
    [MemberData(nameof(PrefixesAndTypes))]
    public async Task Get_AfterUpdate_ReturnsTheNewRouteBytes(string prefix, string type)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _wire.CreateJsonAsync(prefix, ns, RouteJson.Route("web"));
        var path = RoutePaths.Item(prefix, ns, "web");
        var before = await _wire.GetAsync(path, type);
        var patched = await _wire.SendAsync(HttpMethod.Patch, path, Encoding.UTF8.GetBytes("""{"spec":{"path":"/v2"}}"""), "application/merge-patch+json");

        var after = await _wire.GetAsync(path, type);

        Assert.NotEqual(before.Body, after.Body);
        WireAssert.SameObject<Route>(after, type, patched.Text, ApiPrefixes.ApiVersionOf(prefix), "Route");
    }

    [Theory]
    [MemberData(nameof(PrefixesAndTypes))]
    public async Task Get_UnchangedRoute_SendsTheEncodingKeptOnItsCacheEntry(string prefix, string type)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _wire.CreateJsonAsync(prefix, ns, RouteJson.Route("web"));
        var path = RoutePaths.Item(prefix, ns, "web");
        var first = await _wire.GetAsync(path, type);
        var entry = CacheEntry(ns, "web");

        var second = await _wire.GetAsync(path, type);

        Assert.Same(entry, CacheEntry(ns, "web"));
        var kept = entry.GetEncoding(Variant(prefix, type), _ => throw new InvalidOperationException("the GET did not keep its encoding on the cache entry"));
        Assert.Equal(first.Body, kept.ToArray());
        Assert.Equal(second.Body, kept.ToArray());
    }

    [Theory]
    [MemberData(nameof(PrefixesAndTypes))]
    public async Task Get_AfterUpdate_UsesANewCacheEntry(string prefix, string type)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _wire.CreateJsonAsync(prefix, ns, RouteJson.Route("web"));
        var path = RoutePaths.Item(prefix, ns, "web");
        await _wire.GetAsync(path, type);
        var before = CacheEntry(ns, "web");
        await _wire.SendAsync(HttpMethod.Patch, path, Encoding.UTF8.GetBytes("""{"spec":{"path":"/v2"}}"""), "application/merge-patch+json");

        var after = await _wire.GetAsync(path, type);

        var entry = CacheEntry(ns, "web");
        Assert.NotSame(before, entry);
        Assert.Equal(after.Body, entry.GetEncoding(Variant(prefix, type), _ => throw new InvalidOperationException("not kept")).ToArray());
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Get_Pretty_IsEncodedPerRequestAndLeavesTheCompactEncodingAlone(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _wire.CreateJsonAsync(prefix, ns, RouteJson.Route("web"));
        var path = RoutePaths.Item(prefix, ns, "web");

        var pretty = await _wire.GetAsync(path + "?pretty=true");
        var compact = await _wire.GetAsync(path);

        Assert.NotEqual(compact.Body, pretty.Body);
        Assert.Equal(created, compact.Text);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_FromItemEncodings_IsExactlyTheWholeListSerialized(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _wire.CreateJsonAsync(prefix, ns, RouteBodies.Example("route-edge", prefix, ns).ToJsonString());
        // A reencrypt route without a destination CA is decorated on /oapi/v1, in lists too.
        await _wire.CreateJsonAsync(prefix, ns, """{"metadata":{"name":"re","labels":{"a":"b"}},"spec":{"host":"re.example.com","to":{"kind":"Service","name":"s"},"tls":{"termination":"reencrypt"}}}""");
        await _wire.CreateJsonAsync(prefix, ns, RouteJson.Route("web"));
        var path = RoutePaths.Collection(prefix, ns);
        await _wire.GetAsync(path);

        var list = await _wire.GetAsync(path);
        var pretty = await _wire.GetAsync(path + "?pretty=true");

        Assert.Equal(HttpStatusCode.OK, list.Code);
        var whole = KubernetesJson.SerializeToBytes(KubernetesJson.Deserialize<RouteList>(list.Body));
        Assert.Equal(Encoding.UTF8.GetString(whole), list.Text);
        Assert.True(JsonNode.DeepEquals(pretty.Json, list.Json), "the assembled list differs from the list encoded whole");
        Assert.Equal(3, list.Json["items"]!.AsArray().Count);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_UnchangedRoute_ReusesTheItemEncodingKeptOnItsCacheEntry(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _wire.CreateJsonAsync(prefix, ns, RouteJson.Route("web"));
        var path = RoutePaths.Collection(prefix, ns);
        var first = await _wire.GetAsync(path);
        var entry = CacheEntry(ns, "web");

        var second = await _wire.GetAsync(path);

        var kept = entry.GetEncoding("list-item|json|" + prefix, _ => throw new InvalidOperationException("the LIST did not keep the item encoding on the cache entry"));
        var item = first.Json["items"]![0]!.ToJsonString();
        Assert.Equal(item, Encoding.UTF8.GetString(kept.Span));
        Assert.Equal(first.Body, second.Body);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_AfterUpdate_SendsTheNewItem(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _wire.CreateJsonAsync(prefix, ns, RouteJson.Route("web"));
        var path = RoutePaths.Collection(prefix, ns);
        await _wire.GetAsync(path);
        await _wire.SendAsync(HttpMethod.Patch, RoutePaths.Item(prefix, ns, "web"), Encoding.UTF8.GetBytes("""{"spec":{"path":"/v2"}}"""), "application/merge-patch+json");

        var after = await _wire.GetAsync(path);

        Assert.Equal("/v2", (string?)after.Json["items"]![0]!["spec"]!["path"]);
    }

    /// <summary>The watch cache's current entry for the route.</summary>
    private CachedObject<Route> CacheEntry(string ns, string name)
    {
        var cache = factory.Services.GetRequiredService<WatchCache<Route>>();
        var layout = factory.Services.GetRequiredService<StorageLayout>();
        var entry = cache.Snapshot.Get(layout.For(new ResourceKey(ns, name)));
        Assert.NotNull(entry);
        return entry;
    }

    /// <summary>The name GET gives a cached encoding: the wire format and the API prefix (RouteEndpoints.GetAsync).</summary>
    private static string Variant(string prefix, string type)
    {
        var format = type switch
        {
            MediaTypes.Yaml => WireFormat.Yaml,
            MediaTypes.Protobuf => WireFormat.Protobuf,
            _ => WireFormat.Json,
        };
        return format + "|" + prefix;
    }
}
