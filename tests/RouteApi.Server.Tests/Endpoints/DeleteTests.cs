using System.Globalization;
using System.Net;

namespace RouteApi.Server.Tests.Endpoints;

public sealed class DeleteTests(RouteApiFactory factory) : IClassFixture<RouteApiFactory>
{
    private readonly ApiClient _api = new(factory.CreateClient());

    public static TheoryData<string, string> DeleteOptionsBodies()
    {
        var data = new TheoryData<string, string>();
        foreach (var prefix in new[] { ApiPrefixes.Group, ApiPrefixes.Legacy })
        {
            data.Add(prefix, "{}");
            data.Add(prefix, """{"gracePeriodSeconds":0,"propagationPolicy":"Background"}""");
            data.Add(prefix, """{"kind":"DeleteOptions","apiVersion":"v1","propagationPolicy":"Foreground"}""");
            data.Add(prefix, """{"kind":"DeleteOptions","apiVersion":"meta.k8s.io/v1","orphanDependents":false}""");
            data.Add(prefix, """{"apiVersion":"meta.k8s.io/v1","gracePeriodSeconds":-5}""");
        }

        return data;
    }

    public static TheoryData<string, string> DeleteOptionsQueries()
    {
        var data = new TheoryData<string, string>();
        foreach (var prefix in new[] { ApiPrefixes.Group, ApiPrefixes.Legacy })
        {
            data.Add(prefix, "?gracePeriodSeconds=0");
            data.Add(prefix, "?propagationPolicy=Orphan");
            data.Add(prefix, "?orphanDependents=true");
            data.Add(prefix, "?gracePeriodSeconds=30&propagationPolicy=Background");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Delete_ExistingRoute_Returns200SuccessStatusWithoutCode(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");
        var group = prefix == ApiPrefixes.Group ? "\"group\":\"route.openshift.io\"," : string.Empty;

        var response = await _api.DeleteAsync(RoutePaths.Item(prefix, ns, "web"));

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal(
            $"{{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{{}},\"status\":\"Success\",\"details\":{{\"name\":\"web\",{group}\"kind\":\"routes\",\"uid\":\"{created["metadata"]!["uid"]}\"}}}}\n",
            response.Body);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Delete_ExistingRoute_RemovesItFromBothPrefixes(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        await _api.DeleteAsync(RoutePaths.Item(prefix, ns, "web"));

        StatusAssert.Failure(await _api.GetAsync(RoutePaths.Item(prefix, ns, "web")), HttpStatusCode.NotFound, "NotFound");
        StatusAssert.Failure(await _api.GetAsync(RoutePaths.Item(RoutePaths.Other(prefix), ns, "web")), HttpStatusCode.NotFound, "NotFound");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Delete_MissingRoute_Returns404(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.DeleteAsync(RoutePaths.Item(prefix, ns, "ghost"));

        var status = StatusAssert.Failure(response, HttpStatusCode.NotFound, "NotFound", $"{ApiPrefixes.ResourceOf(prefix)} \"ghost\" not found");
        StatusAssert.ResourceDetails(status, prefix, "ghost");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Delete_Twice_SecondReturns404(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");
        await _api.DeleteAsync(RoutePaths.Item(prefix, ns, "web"));

        var response = await _api.DeleteAsync(RoutePaths.Item(prefix, ns, "web"));

        StatusAssert.Failure(response, HttpStatusCode.NotFound, "NotFound");
    }

    [Theory]
    [MemberData(nameof(DeleteOptionsBodies))]
    public async Task Delete_WithDeleteOptionsBody_Returns200(string prefix, string body)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.DeleteAsync(RoutePaths.Item(prefix, ns, "web"), body);

        Assert.True(response.Code == HttpStatusCode.OK, response.Body);
        Assert.Equal("Success", response.Str("status"));
    }

    [Theory]
    [MemberData(nameof(DeleteOptionsQueries))]
    public async Task Delete_WithDeleteOptionsQuery_Returns200(string prefix, string query)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.DeleteAsync(RoutePaths.Item(prefix, ns, "web") + query);

        Assert.True(response.Code == HttpStatusCode.OK, response.Body);
        Assert.Equal("Success", response.Str("status"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Delete_OtherKindInBody_Returns400(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.DeleteAsync(RoutePaths.Item(prefix, ns, "web"), """{"kind":"Route","apiVersion":"v1"}""");

        StatusAssert.Failure(response, HttpStatusCode.BadRequest, "BadRequest");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Delete_MatchingPreconditions_Returns200(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");
        var body = $$$"""{"preconditions":{"uid":"{{{created["metadata"]!["uid"]}}}","resourceVersion":"{{{created["metadata"]!["resourceVersion"]}}}"}}""";

        var response = await _api.DeleteAsync(RoutePaths.Item(prefix, ns, "web"), body);

        Assert.Equal(HttpStatusCode.OK, response.Code);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Delete_UidPreconditionMismatch_Returns409WithKindQualifiedMessage(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");
        var uid = "6a0e1f7e-4b1c-4d33-8f55-1b7f1f2b3c4d";

        var response = await _api.DeleteAsync(RoutePaths.Item(prefix, ns, "web"), $$$"""{"preconditions":{"uid":"{{{uid}}}"}}""");

        var status = StatusAssert.Failure(response, HttpStatusCode.Conflict, "Conflict",
            $"Operation cannot be fulfilled on {ApiPrefixes.KindOf(prefix)} \"web\": the UID in the precondition ({uid}) does not match the UID in record ({created["metadata"]!["uid"]}). The object might have been deleted and then recreated");
        StatusAssert.ResourceDetails(status, prefix, "web");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Delete_ResourceVersionPreconditionMismatch_Returns409WithKindQualifiedMessage(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.CreateAsync(prefix, ns, "web");

        // One past the record's version: never the record's own, whatever ran before in this store.
        var stale = (long.Parse((string)created["metadata"]!["resourceVersion"]!, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
        var response = await _api.DeleteAsync(RoutePaths.Item(prefix, ns, "web"), $$$"""{"preconditions":{"resourceVersion":"{{{stale}}}"}}""");

        StatusAssert.Failure(response, HttpStatusCode.Conflict, "Conflict",
            $"Operation cannot be fulfilled on {ApiPrefixes.KindOf(prefix)} \"web\": the ResourceVersion in the precondition ({stale}) does not match the ResourceVersion in record ({created["metadata"]!["resourceVersion"]}). The object might have been modified");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Delete_FailedPrecondition_KeepsRoute(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        await _api.DeleteAsync(RoutePaths.Item(prefix, ns, "web"), """{"preconditions":{"resourceVersion":"1"}}""");

        Assert.Equal(HttpStatusCode.OK, (await _api.GetAsync(RoutePaths.Item(prefix, ns, "web"))).Code);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Delete_InvalidPropagationPolicyInBody_Returns422(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.DeleteAsync(RoutePaths.Item(prefix, ns, "web"), """{"propagationPolicy":"Sometimes"}""");

        var status = StatusAssert.Failure(response, HttpStatusCode.UnprocessableEntity, "Invalid",
            "DeleteOptions.meta.k8s.io \"\" is invalid: propagationPolicy: Unsupported value: \"Sometimes\": supported values: \"Foreground\", \"Background\", \"Orphan\", \"nil\"");
        Assert.Equal("DeleteOptions", (string?)status["details"]!["kind"]);
        Assert.Equal("meta.k8s.io", (string?)status["details"]!["group"]);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Delete_InvalidPropagationPolicyInQuery_Returns422(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.DeleteAsync(RoutePaths.Item(prefix, ns, "web") + "?propagationPolicy=Sometimes");

        StatusAssert.Failure(response, HttpStatusCode.UnprocessableEntity, "Invalid",
            "DeleteOptions.meta.k8s.io \"\" is invalid: propagationPolicy: Unsupported value: \"Sometimes\": supported values: \"Foreground\", \"Background\", \"Orphan\", \"nil\"");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Delete_PropagationPolicyWithOrphanDependents_Returns422(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.DeleteAsync(RoutePaths.Item(prefix, ns, "web"), """{"propagationPolicy":"Orphan","orphanDependents":true}""");

        StatusAssert.Failure(response, HttpStatusCode.UnprocessableEntity, "Invalid",
            "DeleteOptions.meta.k8s.io \"\" is invalid: propagationPolicy: Invalid value: \"Orphan\": orphanDependents and deletionPropagation cannot be both set");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Delete_DryRunAll_KeepsRoute(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.DeleteAsync(RoutePaths.Item(prefix, ns, "web") + "?dryRun=All");

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal(HttpStatusCode.OK, (await _api.GetAsync(RoutePaths.Item(prefix, ns, "web"))).Code);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Delete_MalformedBody_Returns400(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(prefix, ns, "web");

        var response = await _api.DeleteAsync(RoutePaths.Item(prefix, ns, "web"), """{"preconditions":""");

        StatusAssert.Failure(response, HttpStatusCode.BadRequest, "BadRequest");
        Assert.Equal(HttpStatusCode.OK, (await _api.GetAsync(RoutePaths.Item(prefix, ns, "web"))).Code);
    }
}
