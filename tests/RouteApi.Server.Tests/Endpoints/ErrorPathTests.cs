using System.Net;

namespace RouteApi.Server.Tests.Endpoints;

public sealed class ErrorPathTests(RouteApiFactory factory) : IClassFixture<RouteApiFactory>
{
    private readonly ApiClient _api = new(factory.CreateClient());

    public static TheoryData<string> UnknownPathsUnderPrefixes()
    {
        var data = new TheoryData<string>();
        foreach (var prefix in new[] { ApiPrefixes.Group, ApiPrefixes.Legacy })
        {
            data.Add(prefix + "/widgets");
            data.Add(prefix + "/namespaces/ns/widgets");
            data.Add(prefix + "/namespaces/ns/routes/web/spec");
            data.Add(prefix + "/namespaces/ns/routes/web/status/extra");
            data.Add(prefix + "/namespaces/ns");
        }

        return data;
    }

    public static TheoryData<string, string> WrongVerbs()
    {
        var data = new TheoryData<string, string>();
        foreach (var prefix in new[] { ApiPrefixes.Group, ApiPrefixes.Legacy })
        {
            data.Add("PATCH", prefix + "/watch/routes");
            data.Add("POST", prefix + "/namespaces/ns/routes/web");
            data.Add("PUT", prefix + "/namespaces/ns/routes");
            data.Add("PATCH", prefix + "/namespaces/ns/routes");
            data.Add("PUT", prefix + "/routes");
            data.Add("DELETE", prefix + "/routes");
            data.Add("POST", prefix + "/namespaces/ns/routes/web/status");
            data.Add("DELETE", prefix + "/namespaces/ns/routes/web/status");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(UnknownPathsUnderPrefixes))]
    public async Task Get_UnknownPathUnderPrefix_Returns404Status(string path)
    {
        var response = await _api.GetAsync(InOwnNamespace(path));

        var status = StatusAssert.Failure(response, HttpStatusCode.NotFound, "NotFound", "the server could not find the requested resource");
        Assert.Equal("{}", status["details"]!.ToJsonString());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/nothing-here")]
    [InlineData("/apis/route.openshift.io/v2/routes")]
    [InlineData("/apis/other.example.com/v1/namespaces/ns/routes")]
    [InlineData("/api/v1/namespaces/ns/routes")]
    public async Task Get_UnknownPathOutsidePrefixes_Returns404Status(string path)
    {
        var response = await _api.GetAsync(path);

        StatusAssert.Failure(response, HttpStatusCode.NotFound, "NotFound");
    }

    [Theory]
    [MemberData(nameof(WrongVerbs))]
    public async Task Send_WrongVerb_Returns405Status(string method, string path)
    {
        var response = await _api.SendAsync(new HttpMethod(method), InOwnNamespace(path), RouteJson.Route("web"));

        StatusAssert.Failure(response, HttpStatusCode.MethodNotAllowed, "MethodNotAllowed");
    }

    [Theory]
    [MemberData(nameof(ApiPrefixes.All), MemberType = typeof(ApiPrefixes))]
    public async Task Post_UnknownPath_Returns404Status(string prefix)
    {
        var response = await _api.PostAsync(prefix + $"/namespaces/{ApiPrefixes.NewNamespace()}/widgets", RouteJson.Route("web"));

        StatusAssert.Failure(response, HttpStatusCode.NotFound, "NotFound");
    }

    /// <summary>The path with its placeholder namespace <c>ns</c> replaced by a fresh one.</summary>
    private static string InOwnNamespace(string path) => path.Replace("/namespaces/ns", "/namespaces/" + ApiPrefixes.NewNamespace(), StringComparison.Ordinal);
}
