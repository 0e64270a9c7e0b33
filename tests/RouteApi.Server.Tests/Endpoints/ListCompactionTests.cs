using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RouteApi.Core.Paging;
using RouteApi.Server.Tests.Backends;
using RouteApi.Storage;

namespace RouteApi.Server.Tests.Endpoints;

/// <summary>LIST of a revision the store has compacted: 410 Expired, and for a continue token a fresh token at the latest revision.</summary>
public sealed class ListCompactionTests(OwnEtcdFactory factory) : IClassFixture<OwnEtcdFactory>
{
    private const string ExpiredContinueMessage =
        "The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter, or use the continue token in this response to retrieve the remainder of the results. Continuing with the provided token results in an inconsistent list - objects that were created, modified, or deleted between the time the first chunk was returned and now may show up in the list.";

    private readonly ApiClient _api = new(factory.CreateClient());

    private IStore Store => factory.Services.GetRequiredService<IStore>();

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_ExactCompactedResourceVersion_Returns410Expired(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var first = await _api.CreateAsync(prefix, ns, "a");
        await _api.CreateAsync(prefix, ns, "b");
        await CompactAsync();

        var response = await _api.GetAsync(RoutePaths.Collection(prefix, ns) + "?resourceVersionMatch=Exact&resourceVersion=" + RouteJson.Revision(first));

        StatusAssert.Failure(response, HttpStatusCode.Gone, "Expired", "The resourceVersion for the provided list is too old.");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_ContinueWithCompactedRevision_Returns410WithFreshContinueToken(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var page1 = await FirstPageThenCompactAsync(prefix, ns);

        var response = await _api.GetAsync(RoutePaths.Collection(prefix, ns) + "?limit=1&continue=" + Uri.EscapeDataString(page1.Str("metadata.continue")!));

        var status = StatusAssert.Failure(response, HttpStatusCode.Gone, "Expired", ExpiredContinueMessage);
        var fresh = ContinueToken.Decode((string)status["metadata"]!["continue"]!);
        Assert.Equal(-1, fresh.ResourceVersion);
        Assert.Equal(ContinueToken.Decode(page1.Str("metadata.continue")!).StartKey, fresh.StartKey);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task List_FreshContinueTokenAfterCompaction_ReturnsTheRemainderAtTheLatestRevision(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var page1 = await FirstPageThenCompactAsync(prefix, ns);
        var expired = await _api.GetAsync(RoutePaths.Collection(prefix, ns) + "?limit=1&continue=" + Uri.EscapeDataString(page1.Str("metadata.continue")!));

        var response = await _api.GetAsync(RoutePaths.Collection(prefix, ns) + "?continue=" + Uri.EscapeDataString(expired.Str("metadata.continue")!));

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal(["b", "c"], response.ItemNames());
        Assert.Equal(Store.CurrentRevision.ToString(System.Globalization.CultureInfo.InvariantCulture), response.Str("metadata.resourceVersion"));
    }

    /// <summary>Creates a and b, reads a first page of one, creates c and compacts the store past the page's revision.</summary>
    private async Task<ApiResponse> FirstPageThenCompactAsync(string prefix, string ns)
    {
        await _api.CreateAsync(prefix, ns, "a");
        await _api.CreateAsync(prefix, ns, "b");
        var page1 = await _api.GetAsync(RoutePaths.Collection(prefix, ns) + "?limit=1");
        Assert.Equal(["a"], page1.ItemNames());
        await _api.CreateAsync(prefix, ns, "c");
        await CompactAsync();
        return page1;
    }

    private async Task CompactAsync() => await Store.CompactAsync(Store.CurrentRevision, TestContext.Current.CancellationToken);
}
