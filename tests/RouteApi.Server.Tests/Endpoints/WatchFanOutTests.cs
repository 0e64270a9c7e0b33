namespace RouteApi.Server.Tests.Endpoints;

/// <summary>Many watchers of one namespace: each gets every event, in order, none missing.</summary>
public sealed class WatchFanOutTests(RouteApiFactory factory) : IClassFixture<RouteApiFactory>
{
    private const int Watchers = 200;
    private const int Updates = 100;

    private readonly ApiClient _api = new(factory.CreateClient());

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Watch_TwoHundredWatchers_EachReceiveEveryUpdateInOrder(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");
        var path = RoutePaths.Collection(prefix, ns) + "?watch=true&resourceVersion=" + RouteJson.Revision(created);
        var watches = await Task.WhenAll(Enumerable.Range(0, Watchers).Select(_ => WatchStream.OpenAsync(_api.Http, path)));
        try
        {
            var received = watches.Select(ReadRevisionsAsync).ToList();

            var written = new List<long>(Updates);
            for (var i = 0; i < Updates; i++)
            {
                var updated = await _api.MergePatchAsync(RoutePaths.Item(prefix, ns, "web"), "{\"spec\":{\"path\":\"/v" + i + "\"}}");
                written.Add(RouteJson.Revision(updated));
            }

            Assert.True(written.Zip(written.Skip(1)).All(pair => pair.First < pair.Second), "update revisions must increase");
            foreach (var revisions in await Task.WhenAll(received))
            {
                Assert.Equal(written, revisions);
            }
        }
        finally
        {
            foreach (var watch in watches)
            {
                await watch.DisposeAsync();
            }
        }
    }

    private static async Task<List<long>> ReadRevisionsAsync(WatchStream watch)
    {
        var revisions = new List<long>(Updates);
        foreach (var e in await watch.NextAsync(Updates))
        {
            Assert.Equal("MODIFIED web", e.Summary);
            revisions.Add(e.Revision);
        }

        return revisions;
    }
}
