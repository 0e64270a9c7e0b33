using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using RouteApi.Server.Tests.Backends;

namespace RouteApi.Server.Tests.Endpoints;

// Its own etcd in the etcd pass: a DELETED event's resourceVersion is compared with a list's, which
// on a shared etcd other factories' writes would move.
/// <summary>The watch request forms, the stream format and what ADDED, MODIFIED and DELETED carry.</summary>
public sealed class WatchTests(OwnEtcdFactory factory) : IClassFixture<OwnEtcdFactory>
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ApiClient _api = new(factory.CreateClient());

    public static TheoryData<string, string> PrefixesAndTrueSpellings
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var prefix in new[] { ApiPrefixes.Group, ApiPrefixes.Legacy })
            {
                foreach (var spelling in new[] { "true", "1", "t", "True", "TRUE" })
                {
                    data.Add(prefix, spelling);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(PrefixesAndTrueSpellings))]
    public async Task Watch_GoBooleanTrueSpelling_StreamsEvents(string prefix, string spelling)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        await using var watch = await WatchStream.OpenAsync(_api.Http, RoutePaths.Collection(prefix, ns) + "?watch=" + spelling);

        Assert.Equal("ADDED web", (await watch.NextAsync()).Summary);
    }

    [Theory]
    [InlineData(ApiPrefixes.Group, "false")]
    [InlineData(ApiPrefixes.Legacy, "false")]
    [InlineData(ApiPrefixes.Group, "FALSE")]
    [InlineData(ApiPrefixes.Group, "0")]
    [InlineData(ApiPrefixes.Legacy, "0")]
    public async Task Watch_FalseSpelling_ReturnsAList(string prefix, string spelling)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.GetAsync(RoutePaths.Collection(prefix, ns) + "?watch=" + spelling);

        Assert.Equal("RouteList", response.Str("kind"));
        Assert.Equal(["web"], response.ItemNames());
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Watch_AnyOtherValue_StreamsEventsAsKubeDoes(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        // kube-apiserver's query conversion reads every value but "0" and "false" (any case) as true.
        await using var watch = await WatchStream.OpenAsync(_api.Http, RoutePaths.Collection(prefix, ns) + "?watch=abc");

        Assert.Equal("ADDED web", (await watch.NextAsync()).Summary);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Watch_DefaultAccept_Answers200ApplicationJsonWithoutLength(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        await using var watch = await WatchStream.OpenAsync(_api.Http, RoutePaths.Collection(prefix, ns) + "?watch=true");

        var contentType = watch.Response.Content.Headers.ContentType!;
        Assert.Equal("application/json", contentType.MediaType);
        Assert.Empty(contentType.Parameters);
        Assert.Null(watch.Response.Content.Headers.ContentLength);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Watch_AcceptStreamWatch_AnswersStreamWatchContentType(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        await using var watch = await WatchStream.OpenAsync(_api.Http, RoutePaths.Collection(prefix, ns) + "?watch=true", accept: "application/json;stream=watch");

        var contentType = watch.Response.Content.Headers.ContentType!;
        Assert.Equal("application/json", contentType.MediaType);
        var parameter = Assert.Single(contentType.Parameters);
        Assert.Equal(("stream", "watch"), (parameter.Name, parameter.Value));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Watch_Event_IsOneCompactJsonLineWithTypeThenObjectWithKindAndApiVersion(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");
        await using var watch = await WatchStream.OpenAsync(_api.Http, RoutePaths.Collection(prefix, ns) + "?watch=true");

        var line = await watch.ReadLineAsync();

        Assert.NotNull(line);
        Assert.StartsWith($"{{\"type\":\"ADDED\",\"object\":{{\"kind\":\"Route\",\"apiVersion\":\"{ApiPrefixes.ApiVersionOf(prefix)}\",", line, StringComparison.Ordinal);
        Assert.Equal(JsonNode.Parse(line)!.ToJsonString(Compact), line);
        Assert.Equal(["type", "object"], JsonNode.Parse(line)!.AsObject().Select(p => p.Key));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Watch_LiveEvents_ArriveOnePerLineInWriteOrder(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await using var watch = await WatchStream.OpenAsync(_api.Http, RoutePaths.Collection(prefix, ns) + "?watch=true");

        await _api.CreateAsync(prefix, ns, "a");
        await _api.CreateAsync(prefix, ns, "b");
        await _api.MergePatchAsync(RoutePaths.Item(prefix, ns, "a"), """{"spec":{"path":"/v2"}}""");
        await _api.DeleteRouteAsync(RoutePaths.Item(prefix, ns, "b"));

        Assert.Equal(["ADDED a", "ADDED b", "MODIFIED a", "DELETED b"], (await watch.NextAsync(4)).Select(e => e.Summary));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task WatchAllPath_StreamsEventsOfEveryNamespace(string prefix)
    {
        var (ns1, ns2) = (ApiPrefixes.NewNamespace(), ApiPrefixes.NewNamespace());
        var first = await _api.CreateAsync(prefix, ns1, "a");
        await using var watch = await WatchStream.OpenAsync(_api.Http, RoutePaths.WatchAll(prefix) + "?resourceVersion=" + RouteJson.Revision(first));

        await _api.CreateAsync(prefix, ns2, "b");
        await _api.CreateAsync(prefix, ns1, "c");

        var events = await watch.NextAsync(2);
        Assert.Equal([$"ADDED {ns2}/b", $"ADDED {ns1}/c"], events.Select(e => $"{e.Type} {e.Str("metadata.namespace")}/{e.Name}"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Watch_AllNamespacesListPath_StreamsEventsOfEveryNamespace(string prefix)
    {
        var (ns1, ns2) = (ApiPrefixes.NewNamespace(), ApiPrefixes.NewNamespace());
        var first = await _api.CreateAsync(prefix, ns1, "a");
        await using var watch = await WatchStream.OpenAsync(_api.Http, $"{prefix}/routes?watch=true&resourceVersion={RouteJson.Revision(first)}");

        await _api.CreateAsync(prefix, ns2, "b");
        await _api.CreateAsync(prefix, ns1, "c");

        var events = await watch.NextAsync(2);
        Assert.Equal([$"ADDED {ns2}/b", $"ADDED {ns1}/c"], events.Select(e => $"{e.Type} {e.Str("metadata.namespace")}/{e.Name}"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task WatchNamespacePath_StreamsOnlyThatNamespace(string prefix)
    {
        var (ns, other) = (ApiPrefixes.NewNamespace(), ApiPrefixes.NewNamespace());
        await using var watch = await WatchStream.OpenAsync(_api.Http, RoutePaths.WatchCollection(prefix, ns));

        await _api.CreateAsync(prefix, other, "elsewhere");
        await _api.CreateAsync(prefix, ns, "here");

        var added = await watch.NextAsync();
        Assert.Equal("ADDED here", added.Summary);
        Assert.Equal(ns, added.Str("metadata.namespace"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task WatchItemPath_StreamsOnlyThatRoute(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "a");
        await _api.CreateAsync(prefix, ns, "b");
        await using var watch = await WatchStream.OpenAsync(_api.Http, RoutePaths.WatchItem(prefix, ns, "b"));

        await _api.MergePatchAsync(RoutePaths.Item(prefix, ns, "a"), """{"spec":{"path":"/a"}}""");
        await _api.MergePatchAsync(RoutePaths.Item(prefix, ns, "b"), """{"spec":{"path":"/b"}}""");

        Assert.Equal(["ADDED b", "MODIFIED b"], (await watch.NextAsync(2)).Select(e => e.Summary));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task WatchItemPath_ConflictingNameFieldSelector_Returns400(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await WatchStream.RejectedAsync(_api.Http, RoutePaths.WatchItem(prefix, ns, "web") + "?fieldSelector=metadata.name=other");

        StatusAssert.Failure(response, HttpStatusCode.BadRequest, "BadRequest", "fieldSelector metadata.name doesn't match requested name");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Watch_ModifiedEvent_CarriesNewStateAndItsResourceVersion(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");
        await using var watch = await WatchStream.OpenAsync(_api.Http, RoutePaths.Collection(prefix, ns) + "?watch=true&resourceVersion=" + RouteJson.Revision(created));

        var updated = await _api.MergePatchAsync(RoutePaths.Item(prefix, ns, "web"), """{"spec":{"path":"/v2"}}""");

        var modified = await watch.NextAsync();
        Assert.Equal("MODIFIED web", modified.Summary);
        Assert.Equal("/v2", modified.Str("spec.path"));
        Assert.Equal(RouteJson.Revision(updated), modified.Revision);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Watch_DeletedEvent_CarriesLastStateWithTheDeletesResourceVersion(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");
        var updated = await _api.MergePatchAsync(RoutePaths.Item(prefix, ns, "web"), """{"spec":{"path":"/last"}}""");
        await using var watch = await WatchStream.OpenAsync(_api.Http, RoutePaths.Collection(prefix, ns) + "?watch=true&resourceVersion=" + RouteJson.Revision(updated));

        await _api.DeleteRouteAsync(RoutePaths.Item(prefix, ns, "web"));
        var afterDelete = await _api.GetAsync(RoutePaths.Collection(prefix, ns));

        var deleted = await watch.NextAsync();
        Assert.Equal("DELETED web", deleted.Summary);
        Assert.Equal("/last", deleted.Str("spec.path"));
        Assert.Equal((string?)updated["metadata"]!["uid"], deleted.Str("metadata.uid"));
        Assert.Equal(afterDelete.Str("metadata.resourceVersion"), deleted.ResourceVersion);
        Assert.True(deleted.Revision > RouteJson.Revision(updated), deleted.Line);
    }
}
