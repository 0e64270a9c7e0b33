using System.Net;
using RouteApi.Server.Tests.Endpoints;

namespace RouteApi.Server.Tests.Security;

public sealed class ForbiddenTests(SecurityFactory factory) : IClassFixture<SecurityFactory>
{
    private readonly ApiClient _viewer = new(factory.CreateClient(SecurityFactory.TokenOf("view")));

    [Fact]
    public async Task Get_InOtherNamespaceOnGroupPath_Returns403WithKubernetesMessage()
    {
        var response = await _viewer.GetAsync("/apis/route.openshift.io/v1/namespaces/team-b/routes/x");

        var status = StatusAssert.Failure(response, HttpStatusCode.Forbidden, "Forbidden",
            "routes.route.openshift.io \"x\" is forbidden: User \"vera\" cannot get resource \"routes\" in API group \"route.openshift.io\" in the namespace \"team-b\"");
        Assert.Equal("x", (string?)status["details"]!["name"]);
        Assert.Equal("route.openshift.io", (string?)status["details"]!["group"]);
        Assert.Equal("routes", (string?)status["details"]!["kind"]);
    }

    [Fact]
    public async Task Get_InOtherNamespaceOnLegacyPath_Returns403WithEmptyGroup()
    {
        var response = await _viewer.GetAsync("/oapi/v1/namespaces/team-b/routes/x");

        var status = StatusAssert.Failure(response, HttpStatusCode.Forbidden, "Forbidden",
            "routes \"x\" is forbidden: User \"vera\" cannot get resource \"routes\" in API group \"\" in the namespace \"team-b\"");
        Assert.False(status["details"]!.AsObject().ContainsKey("group"));
    }

    [Theory]
    [InlineData("/apis/route.openshift.io/v1/routes", "routes.route.openshift.io is forbidden: User \"vera\" cannot list resource \"routes\" in API group \"route.openshift.io\" at the cluster scope")]
    [InlineData("/oapi/v1/routes", "routes is forbidden: User \"vera\" cannot list resource \"routes\" in API group \"\" at the cluster scope")]
    [InlineData("/apis/route.openshift.io/v1/routes?watch=1", "routes.route.openshift.io is forbidden: User \"vera\" cannot watch resource \"routes\" in API group \"route.openshift.io\" at the cluster scope")]
    [InlineData("/apis/route.openshift.io/v1/watch/routes", "routes.route.openshift.io is forbidden: User \"vera\" cannot watch resource \"routes\" in API group \"route.openshift.io\" at the cluster scope")]
    [InlineData("/oapi/v1/watch/namespaces/team-b/routes", "routes is forbidden: User \"vera\" cannot watch resource \"routes\" in API group \"\" in the namespace \"team-b\"")]
    [InlineData("/apis/route.openshift.io/v1/watch/namespaces/team-b/routes/x", "routes.route.openshift.io \"x\" is forbidden: User \"vera\" cannot watch resource \"routes\" in API group \"route.openshift.io\" in the namespace \"team-b\"")]
    [InlineData("/apis/route.openshift.io/v1/namespaces/team-b/routes?fieldSelector=metadata.name%3Dx", "routes.route.openshift.io \"x\" is forbidden: User \"vera\" cannot list resource \"routes\" in API group \"route.openshift.io\" in the namespace \"team-b\"")]
    public async Task ListOrWatch_WithoutBinding_Returns403NamingTheScope(string path, string message)
    {
        var response = await _viewer.GetAsync(path);

        StatusAssert.Failure(response, HttpStatusCode.Forbidden, "Forbidden", message);
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task StatusUpdate_ByEditor_Returns403ForRoutesStatus(string prefix)
    {
        var editor = new ApiClient(factory.CreateClient(SecurityFactory.TokenOf("edit")));

        var response = await editor.PatchAsync(RoutePaths.Status(prefix, SecurityFactory.Own, "x"), "{}", "application/merge-patch+json");

        StatusAssert.Failure(response, HttpStatusCode.Forbidden, "Forbidden",
            RoleMatrix.ForbiddenMessage(prefix, "eddie", "patch", "routes/status", SecurityFactory.Own, "x"));
    }

    [Fact]
    public async Task Create_InCustomNamespaceWithoutPolicyBinding_Returns403BeforeReadingTheBody()
    {
        var nobody = new ApiClient(factory.CreateClient(SecurityFactory.TokenOf("no binding")));

        var response = await nobody.SendBytesAsync(HttpMethod.Post, RoutePaths.Collection(ApiPrefixes.Group, "team-a"), [0xff, 0xfe, 0x00]);

        StatusAssert.Failure(response, HttpStatusCode.Forbidden, "Forbidden",
            "routes.route.openshift.io is forbidden: User \"nobody\" cannot create resource \"routes\" in API group \"route.openshift.io\" in the namespace \"team-a\"");
    }

    [Fact]
    public async Task Message_WithHtmlSpecialCharactersInName_IsEscapedAsKubernetesDoes()
    {
        var response = await _viewer.GetAsync("/apis/route.openshift.io/v1/namespaces/team-b/routes/a%3Cb%3E");

        StatusAssert.Failure(response, HttpStatusCode.Forbidden, "Forbidden",
            "routes.route.openshift.io \"a&lt;b&gt;\" is forbidden: User \"vera\" cannot get resource \"routes\" in API group \"route.openshift.io\" in the namespace \"team-b\"");
    }

    [Fact]
    public async Task Message_WithNonAsciiNamespace_KeepsItAsKubernetesDoes()
    {
        var response = await _viewer.GetAsync("/apis/route.openshift.io/v1/namespaces/caf%C3%A9/routes/x");

        StatusAssert.Failure(response, HttpStatusCode.Forbidden, "Forbidden",
            "routes.route.openshift.io \"x\" is forbidden: User \"vera\" cannot get resource \"routes\" in API group \"route.openshift.io\" in the namespace \"caf\u00e9\"");
    }

    [Fact]
    public async Task Discovery_ByUserWithoutBinding_IsNotForbidden()
    {
        var nobody = new ApiClient(factory.CreateClient(SecurityFactory.TokenOf("no binding")));

        var response = await nobody.GetAsync("/apis/route.openshift.io/v1");

        Assert.NotEqual(HttpStatusCode.Forbidden, response.Code);
        Assert.NotEqual(HttpStatusCode.Unauthorized, response.Code);
    }
}
