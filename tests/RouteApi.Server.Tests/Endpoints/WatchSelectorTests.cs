namespace RouteApi.Server.Tests.Endpoints;

/// <summary>Selector watches: changes that move a route into the selection are ADDED, out of it DELETED with the old object.</summary>
public sealed class WatchSelectorTests(RouteApiFactory factory) : IClassFixture<RouteApiFactory>
{
    private readonly ApiClient _api = new(factory.CreateClient());

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task LabelSelectorWatch_UpdateThatStartsMatching_SendsAdded(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web", metadataExtra: ",\"labels\":{\"app\":\"other\"}");
        await using var watch = await WatchStream.OpenAsync(_api.Http, RoutePaths.Collection(prefix, ns) + "?watch=true&labelSelector=app%3Dweb");

        var updated = await _api.MergePatchAsync(RoutePaths.Item(prefix, ns, "web"), """{"metadata":{"labels":{"app":"web"}}}""");

        var added = await watch.NextAsync();
        Assert.Equal("ADDED web", added.Summary);
        Assert.Equal("web", added.Str("metadata.labels.app"));
        Assert.Equal(RouteJson.Revision(updated), added.Revision);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task LabelSelectorWatch_UpdateThatStopsMatching_SendsDeletedWithOldObjectAtTheUpdatesRevision(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web", metadataExtra: ",\"labels\":{\"app\":\"web\"}");
        await using var watch = await WatchStream.OpenAsync(_api.Http, RoutePaths.Collection(prefix, ns) + "?watch=true&labelSelector=app%3Dweb");
        Assert.Equal("ADDED web", (await watch.NextAsync()).Summary);

        var updated = await _api.MergePatchAsync(RoutePaths.Item(prefix, ns, "web"), """{"metadata":{"labels":{"app":"other"}},"spec":{"path":"/new"}}""");

        var deleted = await watch.NextAsync();
        Assert.Equal("DELETED web", deleted.Summary);
        Assert.Equal("web", deleted.Str("metadata.labels.app"));
        Assert.Null(deleted.Str("spec.path"));
        Assert.Equal(RouteJson.Revision(updated), deleted.Revision);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task LabelSelectorWatch_UpdateThatKeepsMatching_SendsModified(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web", metadataExtra: ",\"labels\":{\"app\":\"web\"}");
        await using var watch = await WatchStream.OpenAsync(_api.Http,
            RoutePaths.Collection(prefix, ns) + "?watch=true&labelSelector=app%3Dweb&resourceVersion=" + RouteJson.Revision(created));

        await _api.MergePatchAsync(RoutePaths.Item(prefix, ns, "web"), """{"spec":{"path":"/new"}}""");

        var modified = await watch.NextAsync();
        Assert.Equal("MODIFIED web", modified.Summary);
        Assert.Equal("/new", modified.Str("spec.path"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task LabelSelectorWatch_ChangesOutsideTheSelection_SendNothing(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await using var watch = await WatchStream.OpenAsync(_api.Http, RoutePaths.Collection(prefix, ns) + "?watch=true&labelSelector=app%3Dweb");

        await _api.CreateAsync(prefix, ns, "other", metadataExtra: ",\"labels\":{\"app\":\"other\"}");
        await _api.MergePatchAsync(RoutePaths.Item(prefix, ns, "other"), """{"spec":{"path":"/x"}}""");
        await _api.DeleteRouteAsync(RoutePaths.Item(prefix, ns, "other"));
        await _api.CreateAsync(prefix, ns, "web", metadataExtra: ",\"labels\":{\"app\":\"web\"}");

        Assert.Equal("ADDED web", (await watch.NextAsync()).Summary);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task LabelSelectorWatch_ResourceVersionUnset_SendsAddedOnlyForMatchingRoutes(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "a", metadataExtra: ",\"labels\":{\"app\":\"web\"}");
        await _api.CreateAsync(prefix, ns, "b", metadataExtra: ",\"labels\":{\"app\":\"other\"}");
        await _api.CreateAsync(prefix, ns, "c", metadataExtra: ",\"labels\":{\"app\":\"web\"}");
        await using var watch = await WatchStream.OpenAsync(_api.Http, RoutePaths.Collection(prefix, ns) + "?watch=true&labelSelector=app%3Dweb");

        await _api.CreateAsync(prefix, ns, "d", metadataExtra: ",\"labels\":{\"app\":\"web\"}");

        Assert.Equal(["ADDED a", "ADDED c", "ADDED d"], (await watch.NextAsync(3)).Select(e => e.Summary));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task FieldSelectorWatchOnTarget_UpdateThatStartsMatching_SendsAdded(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");
        await using var watch = await WatchStream.OpenAsync(_api.Http, RoutePaths.Collection(prefix, ns) + "?watch=true&fieldSelector=spec.to.name%3Dblue");

        await _api.MergePatchAsync(RoutePaths.Item(prefix, ns, "web"), """{"spec":{"to":{"name":"blue"}}}""");

        var added = await watch.NextAsync();
        Assert.Equal("ADDED web", added.Summary);
        Assert.Equal("blue", added.Str("spec.to.name"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task FieldSelectorWatchOnTarget_UpdateThatStopsMatching_SendsDeletedWithOldObject(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web", spec: """{"to":{"name":"blue"}}""");
        await using var watch = await WatchStream.OpenAsync(_api.Http, RoutePaths.Collection(prefix, ns) + "?watch=true&fieldSelector=spec.to.name%3Dblue");
        Assert.Equal("ADDED web", (await watch.NextAsync()).Summary);

        await _api.MergePatchAsync(RoutePaths.Item(prefix, ns, "web"), """{"spec":{"to":{"name":"green"}}}""");

        var deleted = await watch.NextAsync();
        Assert.Equal("DELETED web", deleted.Summary);
        Assert.Equal("blue", deleted.Str("spec.to.name"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task FieldSelectorWatchOnHost_StreamsOnlyRoutesWithThatHost(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var host = ns + ".example.com";
        await using var watch = await WatchStream.OpenAsync(_api.Http, RoutePaths.Collection(prefix, ns) + "?watch=true&fieldSelector=spec.host%3D" + host);

        await _api.CreateAsync(prefix, ns, "other", spec: """{"host":"other.example.com","to":{"name":"svc"}}""");
        await _api.CreateAsync(prefix, ns, "web", spec: "{\"host\":\"" + host + "\",\"to\":{\"name\":\"svc\"}}");
        await _api.DeleteRouteAsync(RoutePaths.Item(prefix, ns, "other"));
        await _api.DeleteRouteAsync(RoutePaths.Item(prefix, ns, "web"));

        Assert.Equal(["ADDED web", "DELETED web"], (await watch.NextAsync(2)).Select(e => e.Summary));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task FieldSelectorWatchOnName_StreamsOnlyThatRoute(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "a");
        await _api.CreateAsync(prefix, ns, "b");
        await using var watch = await WatchStream.OpenAsync(_api.Http, RoutePaths.Collection(prefix, ns) + "?watch=true&fieldSelector=metadata.name%3Db");

        await _api.MergePatchAsync(RoutePaths.Item(prefix, ns, "a"), """{"spec":{"path":"/a"}}""");
        await _api.MergePatchAsync(RoutePaths.Item(prefix, ns, "b"), """{"spec":{"path":"/b"}}""");

        Assert.Equal(["ADDED b", "MODIFIED b"], (await watch.NextAsync(2)).Select(e => e.Summary));
    }
}
