using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace RouteApi.Server.Tests.OpenApi;

public sealed class OpenApiTests(RouteApiFactory factory) : IClassFixture<RouteApiFactory>
{
    private const string RoutePackage = "com.github.openshift.api.route.v1.";
    private const string IntOrString = "io.k8s.apimachinery.pkg.util.intstr.IntOrString";
    private const string GroupDocument = "/openapi/v3/apis/route.openshift.io/v1";
    private const string ItemPath = "/apis/route.openshift.io/v1/namespaces/{namespace}/routes/{name}";
    private const string CollectionPath = "/apis/route.openshift.io/v1/namespaces/{namespace}/routes";

    private readonly ApiClient _api = new(factory.CreateClient());

    [Fact]
    public async Task Index_Get_ListsGroupAndLegacyDocumentsWithHash()
    {
        var response = await _api.GetAsync("/openapi/v3");

        Assert.Equal(HttpStatusCode.OK, response.Code);
        var paths = response.Json["paths"]!.AsObject();
        Assert.Matches("^/openapi/v3/apis/route.openshift.io/v1\\?hash=[0-9A-F]{128}$", (string?)paths["apis/route.openshift.io/v1"]!["serverRelativeURL"]);
        Assert.Matches("^/openapi/v3/oapi/v1\\?hash=[0-9A-F]{128}$", (string?)paths["oapi/v1"]!["serverRelativeURL"]);
    }

    [Fact]
    public async Task Index_WithoutToken_Returns401()
    {
        var http = factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = null;

        var response = await new ApiClient(http).GetAsync("/openapi/v3");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Code);
    }

    [Fact]
    public async Task GroupDocument_AsEditor_Returns200()
    {
        var response = await new ApiClient(factory.CreateClient(RouteApiFactory.EditorToken)).GetAsync(GroupDocument);

        Assert.Equal(HttpStatusCode.OK, response.Code);
    }

    [Fact]
    public async Task GroupDocument_Get_IsOpenApi3WithOnlyGroupPaths()
    {
        var document = await DocumentAsync(GroupDocument);

        Assert.StartsWith("3.0", (string?)document["openapi"], StringComparison.Ordinal);
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains(ItemPath, paths);
        Assert.Contains(ItemPath + "/status", paths);
        Assert.Contains("/apis/route.openshift.io/v1/routes", paths);
        Assert.All(paths, p => Assert.StartsWith("/apis/route.openshift.io/v1/", p, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GroupDocument_PatchOperation_CarriesGroupVersionKindAndFieldValidation()
    {
        var document = await DocumentAsync(GroupDocument);

        var patch = document["paths"]![ItemPath]!["patch"]!.AsObject();
        Assert.Equal("""{"group":"route.openshift.io","kind":"Route","version":"v1"}""", patch["x-kubernetes-group-version-kind"]!.ToJsonString());
        Assert.Contains("fieldValidation", ParameterNames(patch));
        Assert.Equal("patchRouteOpenshiftIoV1NamespacedRoute", (string?)patch["operationId"]);
    }

    [Theory]
    [InlineData(CollectionPath, "post")]
    [InlineData(ItemPath, "put")]
    [InlineData(ItemPath + "/status", "put")]
    [InlineData(ItemPath + "/status", "patch")]
    public async Task GroupDocument_WriteOperations_ListFieldValidationAndDryRun(string path, string method)
    {
        var document = await DocumentAsync(GroupDocument);

        var names = ParameterNames(document["paths"]![path]![method]!.AsObject());

        Assert.Contains("fieldValidation", names);
        Assert.Contains("dryRun", names);
        Assert.Contains("fieldManager", names);
    }

    [Theory]
    [InlineData("Route")]
    [InlineData("RouteList")]
    public async Task GroupDocument_TopLevelSchemas_CarryGroupVersionKind(string kind)
    {
        var document = await DocumentAsync(GroupDocument);

        var gvk = Schema(document, RoutePackage + kind)["x-kubernetes-group-version-kind"]!.ToJsonString();

        Assert.Equal($$"""[{"group":"route.openshift.io","kind":"{{kind}}","version":"v1"}]""", gvk);
    }

    [Fact]
    public async Task GroupDocument_EveryRouteField_HasUpstreamDescription()
    {
        var document = await DocumentAsync(GroupDocument);

        var missing = new List<string>();
        foreach (var (name, schema) in document["components"]!["schemas"]!.AsObject())
        {
            if (!name.StartsWith(RoutePackage, StringComparison.Ordinal) && !name.EndsWith(".ObjectMeta", StringComparison.Ordinal))
            {
                continue;
            }

            if (string.IsNullOrEmpty((string?)schema!["description"]))
            {
                missing.Add(name);
            }

            foreach (var (field, property) in schema["properties"]?.AsObject() ?? [])
            {
                if (string.IsNullOrEmpty((string?)property!["description"]))
                {
                    missing.Add(name + "." + field);
                }
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public async Task GroupDocument_TlsConfig_HasRequiredTerminationWithEnum()
    {
        var document = await DocumentAsync(GroupDocument);

        var tls = Schema(document, RoutePackage + "TLSConfig");

        Assert.Equal("""["termination"]""", tls["required"]!.ToJsonString());
        Assert.Equal("""["edge","passthrough","reencrypt"]""", tls["properties"]!["termination"]!["enum"]!.ToJsonString());
        Assert.Equal("""["Allow","None","Redirect"]""", tls["properties"]!["insecureEdgeTerminationPolicy"]!["enum"]!.ToJsonString());
    }

    [Fact]
    public async Task GroupDocument_RouteSpec_RequiresToAndDescribesHost()
    {
        var document = await DocumentAsync(GroupDocument);

        var spec = Schema(document, RoutePackage + "RouteSpec");

        Assert.Contains("to", spec["required"]!.AsArray().Select(r => (string?)r));
        Assert.Contains("alias/DNS", (string?)spec["properties"]!["host"]!["description"], StringComparison.Ordinal);
        Assert.Equal("""["None","Subdomain"]""", spec["properties"]!["wildcardPolicy"]!["enum"]!.ToJsonString());
    }

    [Fact]
    public async Task GroupDocument_TargetPort_ReferencesIntOrStringAcceptingBothForms()
    {
        var document = await DocumentAsync(GroupDocument);

        var targetPort = Schema(document, RoutePackage + "RoutePort")["properties"]!["targetPort"]!.AsObject();
        var intOrString = Schema(document, IntOrString);

        Assert.Equal("#/components/schemas/" + IntOrString, (string?)targetPort["allOf"]![0]!["$ref"]);
        Assert.StartsWith("The target port on pods", (string?)targetPort["description"], StringComparison.Ordinal);
        Assert.True((bool)intOrString["x-kubernetes-int-or-string"]!);
        Assert.Equal("""[{"type":"integer"},{"type":"string"}]""", intOrString["oneOf"]!.ToJsonString());
        Assert.Equal("int-or-string", (string?)intOrString["format"]);
    }

    [Fact]
    public async Task LegacyDocument_Get_DescribesOapiPathsWithLegacyGroupVersionKind()
    {
        var document = await DocumentAsync("/openapi/v3/oapi/v1");

        var patch = document["paths"]!["/oapi/v1/namespaces/{namespace}/routes/{name}"]!["patch"]!.AsObject();

        Assert.Equal("patchNamespacedRoute", (string?)patch["operationId"]);
        Assert.Equal("""{"group":"","kind":"Route","version":"v1"}""", patch["x-kubernetes-group-version-kind"]!.ToJsonString());
        Assert.All(document["paths"]!.AsObject(), p => Assert.StartsWith("/oapi/v1/", p.Key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task V3Document_WithCurrentHash_IsImmutable()
    {
        var index = await _api.GetAsync("/openapi/v3");
        var url = (string)index.Json["paths"]!["apis/route.openshift.io/v1"]!["serverRelativeURL"]!;

        var response = await _api.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.Code);
        Assert.Contains("immutable", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task V3Document_WithStaleHash_RedirectsToCurrentHash()
    {
        var http = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", RouteApiFactory.AdminToken);

        var response = await new ApiClient(http).GetAsync(GroupDocument + "?hash=0123");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.Code);
        Assert.Matches("hash=[0-9A-F]{128}$", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task V3Document_WithMatchingIfNoneMatch_Returns304()
    {
        var first = await _api.GetAsync(GroupDocument);
        using var request = new HttpRequestMessage(HttpMethod.Get, GroupDocument);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var response = await _api.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.Code);
    }

    [Fact]
    public async Task V3Document_UnknownPath_Returns404()
    {
        var response = await _api.GetAsync("/openapi/v3/apis/apps/v1");

        Assert.Equal(HttpStatusCode.NotFound, response.Code);
    }

    [Fact]
    public async Task V2Document_Get_IsSwagger2WithBothGroupVersionKindsAndIntOrString()
    {
        var document = await DocumentAsync("/openapi/v2");

        Assert.Equal("2.0", (string?)document["swagger"]);
        var route = document["definitions"]![RoutePackage + "Route"]!.AsObject();
        Assert.Equal(
            """[{"group":"","kind":"Route","version":"v1"},{"group":"route.openshift.io","kind":"Route","version":"v1"}]""",
            route["x-kubernetes-group-version-kind"]!.ToJsonString());
        var intOrString = document["definitions"]![IntOrString]!;
        Assert.Equal("string", (string?)intOrString["type"]);
        Assert.Equal("int-or-string", (string?)intOrString["format"]);
        Assert.Contains("fieldValidation", ParameterNames(document["paths"]![ItemPath]!["patch"]!.AsObject()));
    }

    [Theory]
    [InlineData("/openapi/v2", "definitions")]
    [InlineData(GroupDocument, "components")]
    public async Task Documents_FieldsV1_IsAFreeFormObject(string path, string section)
    {
        var document = await DocumentAsync(path);

        var schemas = section == "components" ? document["components"]!["schemas"]! : document["definitions"]!;
        var fieldsV1 = schemas["io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry"]!["properties"]!["fieldsV1"]!;

        Assert.Equal(("object", null), ((string?)fieldsV1["type"], fieldsV1["properties"]));
    }

    [Fact]
    public async Task V2Document_WithProtobufOnlyAccept_Returns406()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/openapi/v2");
        request.Headers.TryAddWithoutValidation("Accept", "application/com.github.proto-openapi.spec.v2@v1.0+protobuf");

        var response = await _api.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.Code);
    }

    [Fact]
    public async Task SwaggerUi_Get_ServesPageListingV3Documents()
    {
        var index = await _api.GetAsync("/swagger/index.html");
        var config = await _api.GetAsync("/swagger/index.js");

        Assert.Equal(HttpStatusCode.OK, index.Code);
        Assert.Contains("swagger-ui", index.Body, StringComparison.Ordinal);
        Assert.Contains(GroupDocument, config.Body, StringComparison.Ordinal);
    }

    private async Task<JsonObject> DocumentAsync(string path)
    {
        var response = await _api.GetAsync(path);
        Assert.True(response.Code == HttpStatusCode.OK, $"{path}: {(int)response.Code} {response.Body}");
        return response.Json;
    }

    private static JsonObject Schema(JsonObject document, string name) =>
        (document["components"]?["schemas"] ?? document["definitions"])![name]!.AsObject();

    private static List<string?> ParameterNames(JsonObject operation) =>
        [.. operation["parameters"]!.AsArray().Select(p => (string?)p!["name"])];
}
