using System.Net;

namespace RouteApi.Server.Tests.Endpoints;

public sealed class CreateValidationTests(RouteApiFactory factory) : IClassFixture<RouteApiFactory>
{
    private const string Label1123 =
        "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

    private const string Subdomain1123 =
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

    private readonly ApiClient _api = new(factory.CreateClient());

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_HostLongerThan253_IsRejectedOnSpecHost(string prefix)
    {
        var host = string.Join('.', Enumerable.Repeat(new string('a', 50), 5)) + ".com";

        var response = await PostAsync(prefix, "web", $$$"""{"host":"{{{host}}}","to":{"name":"svc"}}""");

        StatusAssert.Invalid(response, prefix, "web", "FieldValueInvalid", "spec.host",
            $"Invalid value: \"{host}\": host must conform to DNS 952 subdomain conventions");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_HostLabelLongerThan63_IsRejectedOnSpecHost(string prefix)
    {
        var host = new string('a', 64) + ".example.com";

        var response = await PostAsync(prefix, "web", $$$"""{"host":"{{{host}}}","to":{"name":"svc"}}""");

        StatusAssert.Invalid(response, prefix, "web", "FieldValueInvalid", "spec.host",
            $"Invalid value: \"{host}\": must be no more than 63 characters");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_HostWithUppercase_ListsBothHostErrors(string prefix)
    {
        var response = await PostAsync(prefix, "web", """{"host":"Www.example.com","to":{"name":"svc"}}""");

        var status = StatusAssert.Failure(response, HttpStatusCode.UnprocessableEntity, "Invalid",
            $"{ApiPrefixes.KindOf(prefix)} \"web\" is invalid: [spec.host: Invalid value: \"Www.example.com\": host must conform to DNS 952 subdomain conventions, " +
            $"spec.host: Invalid value: \"Www.example.com\": {Label1123}]");
        Assert.Equal(2, status["details"]!["causes"]!.AsArray().Count);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_PathWithoutLeadingSlash_IsRejectedOnSpecPath(string prefix)
    {
        var response = await PostAsync(prefix, "web", """{"path":"api","to":{"name":"svc"}}""");

        StatusAssert.Invalid(response, prefix, "web", "FieldValueInvalid", "spec.path", "Invalid value: \"api\": path must begin with /");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_PathWithHash_IsRejectedOnSpecPath(string prefix)
    {
        var response = await PostAsync(prefix, "web", """{"path":"/a#b","to":{"name":"svc"}}""");

        StatusAssert.Invalid(response, prefix, "web", "FieldValueInvalid", "spec.path", "Invalid value: \"/a#b\": cannot contain # or spaces");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_EmptyToName_IsRejectedAsRequired(string prefix)
    {
        var response = await PostAsync(prefix, "web", """{"to":{"kind":"Service","name":""}}""");

        StatusAssert.Invalid(response, prefix, "web", "FieldValueRequired", "spec.to.name", "Required value");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_ToKindNotService_IsRejectedOnSpecToKind(string prefix)
    {
        var response = await PostAsync(prefix, "web", """{"to":{"kind":"Pod","name":"svc"}}""");

        StatusAssert.Invalid(response, prefix, "web", "FieldValueInvalid", "spec.to.kind", "Invalid value: \"Pod\": must reference a Service");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_WeightAbove256_IsRejectedOnSpecToWeight(string prefix)
    {
        var response = await PostAsync(prefix, "web", """{"to":{"name":"svc","weight":257}}""");

        StatusAssert.Invalid(response, prefix, "web", "FieldValueInvalid", "spec.to.weight", "Invalid value: 257: weight must be an integer between 0 and 256");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_NegativeAlternateBackendWeight_IsRejectedOnThatBackend(string prefix)
    {
        var response = await PostAsync(prefix, "web", """{"to":{"name":"a"},"alternateBackends":[{"name":"b"},{"name":"c","weight":-1}]}""");

        StatusAssert.Invalid(response, prefix, "web", "FieldValueInvalid", "spec.alternateBackends[1].weight",
            "Invalid value: -1: weight must be an integer between 0 and 256");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_FourAlternateBackends_IsRejectedAsRequired(string prefix)
    {
        var response = await PostAsync(prefix, "web", """{"to":{"name":"a"},"alternateBackends":[{"name":"b"},{"name":"c"},{"name":"d"},{"name":"e"}]}""");

        StatusAssert.Invalid(response, prefix, "web", "FieldValueRequired", "spec.alternateBackends",
            "Required value: cannot specify more than 3 alternate backends");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_ThreeAlternateBackends_Returns201(string prefix)
    {
        var response = await PostAsync(prefix, "web", """{"to":{"name":"a"},"alternateBackends":[{"name":"b"},{"name":"c"},{"name":"d"}]}""");

        Assert.Equal(HttpStatusCode.Created, response.Code);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_TargetPortZero_IsRejectedAsRequired(string prefix)
    {
        var response = await PostAsync(prefix, "web", """{"to":{"name":"svc"},"port":{"targetPort":0}}""");

        StatusAssert.Invalid(response, prefix, "web", "FieldValueRequired", "spec.port.targetPort", "Required value");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_PassthroughWithCertificate_IsRejectedWithRedactedValue(string prefix)
    {
        var response = await PostAsync(prefix, "web", """{"host":"db.example.com","to":{"name":"svc"},"tls":{"termination":"passthrough","certificate":"PEM"}}""");

        StatusAssert.Invalid(response, prefix, "web", "FieldValueInvalid", "spec.tls.certificate",
            "Invalid value: \"redacted certificate data\": passthrough termination does not support certificates");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_EdgeWithDestinationCa_IsRejectedWithRedactedValue(string prefix)
    {
        var response = await PostAsync(prefix, "web", """{"to":{"name":"svc"},"tls":{"termination":"edge","destinationCACertificate":"PEM"}}""");

        StatusAssert.Invalid(response, prefix, "web", "FieldValueInvalid", "spec.tls.destinationCACertificate",
            "Invalid value: \"redacted destination ca certificate data\": edge termination does not support destination certificates");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_UnknownTermination_IsRejectedAsUnsupported(string prefix)
    {
        var response = await PostAsync(prefix, "web", """{"to":{"name":"svc"},"tls":{"termination":"EDGE"}}""");

        StatusAssert.Invalid(response, prefix, "web", "FieldValueNotSupported", "spec.tls.termination",
            "Unsupported value: \"EDGE\": supported values: \"edge\", \"passthrough\", \"reencrypt\"");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_UnknownWildcardPolicy_IsRejectedAsUnsupported(string prefix)
    {
        var response = await PostAsync(prefix, "web", """{"host":"www.example.com","wildcardPolicy":"All","to":{"name":"svc"}}""");

        StatusAssert.Invalid(response, prefix, "web", "FieldValueNotSupported", "spec.wildcardPolicy",
            "Unsupported value: \"All\": supported values: \"None\", \"Subdomain\"");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_InvalidName_IsRejectedOnMetadataName(string prefix)
    {
        var response = await PostAsync(prefix, "Bad_Name", """{"host":"www.example.com","to":{"name":"svc"}}""");

        StatusAssert.Invalid(response, prefix, "Bad_Name", "FieldValueInvalid", "metadata.name", $"Invalid value: \"Bad_Name\": {Subdomain1123}");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_MissingName_IsRejectedAsRequired(string prefix)
    {
        var response = await _api.PostAsync(RoutePaths.Collection(prefix, ApiPrefixes.NewNamespace()), """{"metadata":{},"spec":{"host":"www.example.com","to":{"name":"svc"}}}""");

        StatusAssert.Invalid(response, prefix, string.Empty, "FieldValueRequired", "metadata.name", "Required value: name or generateName is required");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_InvalidNamespaceInUrl_IsRejectedOnMetadataNamespace(string prefix)
    {
        var response = await _api.PostAsync(RoutePaths.Collection(prefix, "Bad_NS"), RouteJson.Route("web", """{"host":"www.example.com","to":{"name":"svc"}}"""));

        StatusAssert.Invalid(response, prefix, "web", "FieldValueInvalid", "metadata.namespace", $"Invalid value: \"Bad_NS\": {Label1123}");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Create_Invalid_StoresNothing(string prefix)
    {
        var ns = ApiPrefixes.NewNamespace();

        await _api.PostAsync(RoutePaths.Collection(prefix, ns), RouteJson.Route("web", """{"to":{"name":""}}"""));

        Assert.Empty((await _api.GetAsync(RoutePaths.Collection(prefix, ns))).Json["items"]!.AsArray());
    }

    private Task<ApiResponse> PostAsync(string prefix, string name, string spec) =>
        _api.PostAsync(RoutePaths.Collection(prefix, ApiPrefixes.NewNamespace()), RouteJson.Route(name, spec));
}
