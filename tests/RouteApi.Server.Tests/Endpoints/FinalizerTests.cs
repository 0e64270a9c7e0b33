using System.Net;
using System.Text.Json.Nodes;

namespace RouteApi.Server.Tests.Endpoints;

public sealed class FinalizerTests(RouteApiFactory factory) : IClassFixture<RouteApiFactory>
{
    private const string Finalizer = ",\"finalizers\":[\"example.com/keep\"]";

    private readonly ApiClient _api = new(factory.CreateClient());

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Delete_RouteWithFinalizer_Returns202WithDeletionTimestamp(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web", metadataExtra: Finalizer);

        var response = await _api.DeleteAsync(RoutePaths.Item(prefix, ns, "web"));

        Assert.Equal(HttpStatusCode.Accepted, response.Code);
        Assert.Equal("Route", response.Str("kind"));
        Assert.Equal(ApiPrefixes.ApiVersionOf(prefix), response.Str("apiVersion"));
        Assert.NotNull(response.Str("metadata.deletionTimestamp"));
        Assert.Equal(0, (long?)response.Node("metadata.deletionGracePeriodSeconds"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Delete_RouteWithFinalizer_BumpsGeneration(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web", metadataExtra: Finalizer);

        var response = await _api.DeleteAsync(RoutePaths.Item(prefix, ns, "web"));

        Assert.Equal(2, (long?)response.Node("metadata.generation"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Delete_RouteWithFinalizer_StaysReadableWithDeletionTimestamp(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web", metadataExtra: Finalizer);
        var deleted = await _api.DeleteAsync(RoutePaths.Item(prefix, ns, "web"));

        var response = await _api.GetAsync(RoutePaths.Item(RoutePaths.Other(prefix), ns, "web"));

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal(deleted.Str("metadata.deletionTimestamp"), response.Str("metadata.deletionTimestamp"));
        Assert.Equal(deleted.Str("metadata.resourceVersion"), response.Str("metadata.resourceVersion"));
        Assert.Equal(["web"], (await _api.GetAsync(RoutePaths.Collection(prefix, ns))).ItemNames());
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Delete_RouteAlreadyBeingDeleted_KeepsFirstDeletionTimestamp(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web", metadataExtra: Finalizer);
        var first = await _api.DeleteAsync(RoutePaths.Item(prefix, ns, "web"));
        factory.Time.Advance(TimeSpan.FromMinutes(5));

        var second = await _api.DeleteAsync(RoutePaths.Item(prefix, ns, "web"));

        Assert.Equal(HttpStatusCode.Accepted, second.Code);
        Assert.Equal(first.Str("metadata.deletionTimestamp"), second.Str("metadata.deletionTimestamp"));
        Assert.Equal(first.Str("metadata.resourceVersion"), second.Str("metadata.resourceVersion"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Put_EmptyingFinalizersOfRouteBeingDeleted_RemovesRoute(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web", metadataExtra: Finalizer);
        var deleting = (await _api.DeleteAsync(RoutePaths.Item(prefix, ns, "web"))).Json;

        var response = await _api.PutAsync(RoutePaths.Item(prefix, ns, "web"), RouteJson.Changed(deleting, r => r["metadata"]!["finalizers"] = new JsonArray()));

        Assert.Equal(HttpStatusCode.OK, response.Code);
        StatusAssert.Failure(await _api.GetAsync(RoutePaths.Item(prefix, ns, "web")), HttpStatusCode.NotFound, "NotFound");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Put_EmptyingFinalizersOfLiveRoute_KeepsRoute(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web", metadataExtra: Finalizer);

        var response = await _api.PutAsync(RoutePaths.Item(prefix, ns, "web"), RouteJson.Changed(created, r => r["metadata"]!.AsObject().Remove("finalizers")));

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal(HttpStatusCode.OK, (await _api.GetAsync(RoutePaths.Item(prefix, ns, "web"))).Code);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Put_AddingFinalizerToRouteBeingDeleted_Returns422(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web", metadataExtra: Finalizer);
        var deleting = (await _api.DeleteAsync(RoutePaths.Item(prefix, ns, "web"))).Json;

        var response = await _api.PutAsync(RoutePaths.Item(prefix, ns, "web"), RouteJson.Changed(deleting, r => r["metadata"]!["finalizers"] = new JsonArray("example.com/keep", "example.com/more")));

        StatusAssert.Invalid(response, prefix, "web", "FieldValueForbidden", "metadata.finalizers",
            "Forbidden: no new finalizers can be added if the object is being deleted, found new finalizers []string{\"example.com/more\"}");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Delete_RouteBeingDeletedWithFailedPrecondition_Returns409(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web", metadataExtra: Finalizer);
        await _api.DeleteAsync(RoutePaths.Item(prefix, ns, "web"));

        var response = await _api.DeleteAsync(RoutePaths.Item(prefix, ns, "web"), $$$"""{"preconditions":{"resourceVersion":"{{{created["metadata"]!["resourceVersion"]}}}"}}""");

        StatusAssert.Failure(response, HttpStatusCode.Conflict, "Conflict");
    }
}
