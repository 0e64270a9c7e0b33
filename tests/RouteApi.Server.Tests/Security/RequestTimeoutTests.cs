using System.Net;
using RouteApi.Server.Tests.Endpoints;

namespace RouteApi.Server.Tests.Security;

public sealed class RequestTimeoutTests(LimitsFactory factory) : IClassFixture<LimitsFactory>
{
    private readonly ApiClient _api = new(factory.CreateClient());

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_ThatOutlivesTheRequestTimeout_Returns504AndStoresNothing(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.PostAsync(RoutePaths.Collection(prefix, ns), """{"metadata":{"name":"slow-web"},"spec":{"to":{"name":"svc"}}}""");

        StatusAssert.Failure(response, HttpStatusCode.GatewayTimeout, "Timeout", "Timeout: request did not complete within the allotted timeout");
        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync(RoutePaths.Item(prefix, ns, "slow-web"))).Code);
    }

    [Fact]
    public async Task Watch_OpenLongerThanTheRequestTimeout_KeepsStreaming()
    {
        var ns = ApiPrefixes.NewNamespace();
        await using var watch = await WatchStream.OpenAsync(_api.Http, RoutePaths.Collection(ApiPrefixes.Group, ns) + "?watch=true");
        var timedOut = await _api.PostAsync(RoutePaths.Collection(ApiPrefixes.Group, ns), """{"metadata":{"name":"slow-web"},"spec":{"to":{"name":"svc"}}}""");
        Assert.Equal(HttpStatusCode.GatewayTimeout, timedOut.Code);

        await _api.CreateAsync(ApiPrefixes.Group, ns, "after");

        Assert.Equal("ADDED after", (await watch.NextAsync()).Summary);
    }
}
