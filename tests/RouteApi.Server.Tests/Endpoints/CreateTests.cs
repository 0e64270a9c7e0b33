using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace RouteApi.Server.Tests.Endpoints;

public sealed partial class CreateTests(RouteApiFactory factory) : IClassFixture<RouteApiFactory>
{
    private readonly ApiClient _api = new(factory.CreateClient());

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_ValidRoute_Returns201WithKindAndApiVersionOfPrefix(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.PostAsync(RoutePaths.Collection(prefix, ns), RouteJson.Route("web"));

        Assert.Equal(HttpStatusCode.Created, response.Code);
        Assert.Equal("application/json", response.ContentType);
        Assert.Equal("Route", response.Str("kind"));
        Assert.Equal(ApiPrefixes.ApiVersionOf(prefix), response.Str("apiVersion"));
        Assert.Equal("web", response.Str("metadata.name"));
        Assert.Equal(ns, response.Str("metadata.namespace"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_ValidRoute_AssignsLowercaseUuidV4(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.PostAsync(RoutePaths.Collection(prefix, ns), RouteJson.Route("web", metadataExtra: ",\"uid\":\"client-chosen\""));

        Assert.Matches(UuidV4(), response.Str("metadata.uid"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_ValidRoute_StampsCreationTimestampOfClockInWholeSeconds(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        factory.Time.Advance(TimeSpan.FromMilliseconds(300));
        var now = factory.Time.GetUtcNow();
        var expected = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

        var response = await _api.PostAsync(RoutePaths.Collection(prefix, ns), RouteJson.Route("web", metadataExtra: ",\"creationTimestamp\":\"2001-01-01T00:00:00Z\""));

        Assert.Equal(expected, response.Str("metadata.creationTimestamp"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_ValidRoute_SetsGenerationOneAndNumericResourceVersion(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.PostAsync(RoutePaths.Collection(prefix, ns), RouteJson.Route("web", metadataExtra: ",\"generation\":7"));

        Assert.Equal(1, (long?)response.Node("metadata.generation"));
        Assert.True(long.TryParse(response.Str("metadata.resourceVersion"), out var rv) && rv > 0, response.Body);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_WithStatus_WritesEmptyStatusObject(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var body = """{"metadata":{"name":"web"},"spec":{"to":{"name":"svc"}},"status":{"ingress":[{"host":"x.example.com","routerName":"r"}]}}""";

        var response = await _api.PostAsync(RoutePaths.Collection(prefix, ns), body);

        Assert.Equal(HttpStatusCode.Created, response.Code);
        Assert.EndsWith(",\"status\":{}}\n", response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_MinimalSpec_WritesDefaultedBackendAndWildcardPolicy(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.PostAsync(RoutePaths.Collection(prefix, ns), RouteJson.Route("web"));

        Assert.Contains("\"to\":{\"kind\":\"Service\",\"name\":\"svc\",\"weight\":100}", response.Body, StringComparison.Ordinal);
        Assert.Equal("None", response.Str("spec.wildcardPolicy"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_AlternateBackendWithoutKindOrWeight_IsDefaulted(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var spec = """{"to":{"name":"a"},"alternateBackends":[{"name":"b"}]}""";

        var response = await _api.PostAsync(RoutePaths.Collection(prefix, ns), RouteJson.Route("web", spec));

        Assert.Contains("\"alternateBackends\":[{\"kind\":\"Service\",\"name\":\"b\",\"weight\":100}]", response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_TlsWithoutTermination_DefaultsToEdge(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var spec = """{"to":{"name":"svc"},"tls":{"insecureEdgeTerminationPolicy":"Redirect"}}""";

        var response = await _api.PostAsync(RoutePaths.Collection(prefix, ns), RouteJson.Route("web", spec));

        Assert.Equal(HttpStatusCode.Created, response.Code);
        Assert.Equal("edge", response.Str("spec.tls.termination"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_WithoutHost_GeneratesHostFromNameAndNamespace(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.PostAsync(RoutePaths.Collection(prefix, ns), RouteJson.Route("www.shop"));

        Assert.Equal($"www-shop-{ns}.router.default.svc.cluster.local", response.Str("spec.host"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_WithoutHost_SetsHostGeneratedAnnotation(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.PostAsync(RoutePaths.Collection(prefix, ns), RouteJson.Route("web", metadataExtra: ",\"annotations\":{\"a\":\"b\"}"));

        Assert.Contains("\"annotations\":{\"a\":\"b\",\"openshift.io/host.generated\":\"true\"}", response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_WithHost_KeepsHostWithoutAnnotation(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.PostAsync(RoutePaths.Collection(prefix, ns), RouteJson.Route("web", """{"host":"www.example.com","to":{"name":"svc"}}"""));

        Assert.Equal("www.example.com", response.Str("spec.host"));
        Assert.Null(response.Node("metadata.annotations"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_WithSubdomain_GeneratesNoHost(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.PostAsync(RoutePaths.Collection(prefix, ns), RouteJson.Route("web", """{"subdomain":"shop","to":{"name":"svc"}}"""));

        Assert.Equal(HttpStatusCode.Created, response.Code);
        Assert.Null(response.Node("spec.host"));
        Assert.Null(response.Node("metadata.annotations"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_SubdomainWildcardWithoutHost_GeneratesNoHostAndIsRejected(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.PostAsync(RoutePaths.Collection(prefix, ns), RouteJson.Route("web", """{"wildcardPolicy":"Subdomain","to":{"name":"svc"}}"""));

        StatusAssert.Invalid(response, prefix, "web", "FieldValueInvalid", "spec.wildcardPolicy",
            "Invalid value: \"Subdomain\": host name not specified for wildcard policy");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_WithGenerateName_AppendsFiveCharactersWithoutVowels(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var body = """{"metadata":{"generateName":"web-"},"spec":{"to":{"name":"svc"}}}""";

        var response = await _api.PostAsync(RoutePaths.Collection(prefix, ns), body);

        Assert.Equal(HttpStatusCode.Created, response.Code);
        Assert.Matches(GeneratedName(), response.Str("metadata.name"));
        Assert.Equal("web-", response.Str("metadata.generateName"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_WithGenerateName_StoresRouteUnderGeneratedName(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var created = await _api.PostAsync(RoutePaths.Collection(prefix, ns), """{"metadata":{"generateName":"web-"},"spec":{"to":{"name":"svc"}}}""");
        var name = created.Str("metadata.name")!;

        var response = await _api.GetAsync(RoutePaths.Item(prefix, ns, name));

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Equal($"{name}-{ns}.router.default.svc.cluster.local", response.Str("spec.host"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_ThroughAllNamespacesPathWithNamespace_Returns201InThatNamespace(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.PostAsync(prefix + "/routes", RouteJson.Route("web", metadataExtra: $",\"namespace\":\"{ns}\""));

        Assert.Equal(HttpStatusCode.Created, response.Code);
        Assert.Equal(HttpStatusCode.OK, (await _api.GetAsync(RoutePaths.Item(prefix, ns, "web"))).Code);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_ThroughAllNamespacesPathWithoutNamespace_Returns400(string prefix)
    {
        var response = await _api.PostAsync(prefix + "/routes", RouteJson.Route("web"));

        StatusAssert.Failure(response, HttpStatusCode.BadRequest, "BadRequest");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_BodyNamespaceDiffersFromUrl_Returns400(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.PostAsync(RoutePaths.Collection(prefix, ns), RouteJson.Route("web", metadataExtra: ",\"namespace\":\"other\""));

        StatusAssert.Failure(response, HttpStatusCode.BadRequest, "BadRequest",
            "the namespace of the provided object does not match the namespace sent on the request");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_BodyNamespaceEqualToUrl_Returns201(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.PostAsync(RoutePaths.Collection(prefix, ns), RouteJson.Route("web", metadataExtra: $",\"namespace\":\"{ns}\""));

        Assert.Equal(HttpStatusCode.Created, response.Code);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_ExistingName_Returns409AlreadyExists(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        await _api.CreateAsync(RoutePaths.Other(prefix), ns, "web");

        var response = await _api.PostAsync(RoutePaths.Collection(prefix, ns), RouteJson.Route("web"));

        var status = StatusAssert.Failure(response, HttpStatusCode.Conflict, "AlreadyExists", $"{ApiPrefixes.ResourceOf(prefix)} \"web\" already exists");
        StatusAssert.ResourceDetails(status, prefix, "web");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_OwnKindAndApiVersion_Returns201(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var body = TypedRoute("Route", ApiPrefixes.ApiVersionOf(prefix));

        var response = await _api.PostAsync(RoutePaths.Collection(prefix, ns), body);

        Assert.Equal(HttpStatusCode.Created, response.Code);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_WrongKind_Returns400(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var body = TypedRoute("Service", ApiPrefixes.ApiVersionOf(prefix));

        var response = await _api.PostAsync(RoutePaths.Collection(prefix, ns), body);

        var status = StatusAssert.Failure(response, HttpStatusCode.BadRequest, "BadRequest");
        Assert.StartsWith("the object provided is unrecognized (must be of type Route): ", (string?)status["message"], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_ApiVersionOfOtherPrefix_Returns400(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var wrong = ApiPrefixes.ApiVersionOf(RoutePaths.Other(prefix));
        var body = TypedRoute("Route", wrong);

        var response = await _api.PostAsync(RoutePaths.Collection(prefix, ns), body);

        StatusAssert.Failure(response, HttpStatusCode.BadRequest, "BadRequest",
            $"the API version in the data ({wrong}) does not match the expected API version ({ApiPrefixes.ApiVersionOf(prefix)})");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_UnknownApiVersion_Returns400(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();
        var body = TypedRoute("Route", "route.openshift.io/v2");

        var response = await _api.PostAsync(RoutePaths.Collection(prefix, ns), body);

        StatusAssert.Failure(response, HttpStatusCode.BadRequest, "BadRequest",
            $"the API version in the data (route.openshift.io/v2) does not match the expected API version ({ApiPrefixes.ApiVersionOf(prefix)})");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_WithResourceVersion_Returns400(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.PostAsync(RoutePaths.Collection(prefix, ns), RouteJson.Route("web", metadataExtra: ",\"resourceVersion\":\"5\""));

        StatusAssert.Failure(response, HttpStatusCode.BadRequest, "BadRequest", "resourceVersion should not be set on objects to be created");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_WithResourceVersionZero_Returns201(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.PostAsync(RoutePaths.Collection(prefix, ns), RouteJson.Route("web", metadataExtra: ",\"resourceVersion\":\"0\""));

        Assert.Equal(HttpStatusCode.Created, response.Code);
        Assert.NotEqual("0", response.Str("metadata.resourceVersion"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_DryRunAll_Returns201WithTheObject(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.PostAsync(RoutePaths.Collection(prefix, ns) + "?dryRun=All", RouteJson.Route("web"));

        Assert.Equal(HttpStatusCode.Created, response.Code);
        Assert.Equal("web", response.Str("metadata.name"));
        Assert.Equal($"web-{ns}.router.default.svc.cluster.local", response.Str("spec.host"));
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_DryRunAll_StoresNothing(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        await _api.PostAsync(RoutePaths.Collection(prefix, ns) + "?dryRun=All", RouteJson.Route("web"));

        StatusAssert.Failure(await _api.GetAsync(RoutePaths.Item(prefix, ns, "web")), HttpStatusCode.NotFound, "NotFound");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_UnsupportedDryRunValue_Returns422(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        var response = await _api.PostAsync(RoutePaths.Collection(prefix, ns) + "?dryRun=Some", RouteJson.Route("web"));

        StatusAssert.Failure(response, HttpStatusCode.UnprocessableEntity, "Invalid",
            "CreateOptions.meta.k8s.io \"\" is invalid: dryRun: Unsupported value: []string{\"Some\"}: supported values: \"All\"");
    }

    private static string TypedRoute(string kind, string apiVersion) =>
        "{\"kind\":\"" + kind + "\",\"apiVersion\":\"" + apiVersion + "\"," + RouteJson.Route("web")[1..];

    [GeneratedRegex("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")]
    private static partial Regex UuidV4();

    [GeneratedRegex("^web-[bcdfghjklmnpqrstvwxz2456789]{5}$")]
    private static partial Regex GeneratedName();
}
