using System.Net;
using System.Text.Json.Nodes;

namespace RouteApi.Server.Tests.Security;

public sealed class AccessReviewTests(SecurityFactory factory) : IClassFixture<SecurityFactory>
{
    private const string Path = "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews";

    /// <summary>What <c>kubectl auth can-i VERB RESOURCE [-n NS]</c> sends, per subject, and the expected answer.</summary>
    public static TheoryData<string, string, string, string, string, bool> ResourceQuestions() => new()
    {
        { "view", "get", "route.openshift.io", "routes", SecurityFactory.Own, true },
        { "view", "list", "route.openshift.io", "routes", SecurityFactory.Own, true },
        { "view", "create", "route.openshift.io", "routes", SecurityFactory.Own, false },
        { "view", "get", "route.openshift.io", "routes", SecurityFactory.Other, false },
        { "view", "list", "route.openshift.io", "routes", string.Empty, false },
        { "view cluster-wide", "list", "route.openshift.io", "routes", string.Empty, true },
        { "view cluster-wide", "delete", "route.openshift.io", "routes", SecurityFactory.Other, false },
        { "edit", "delete", "route.openshift.io", "routes", SecurityFactory.Own, true },
        { "edit", "delete", "", "routes", SecurityFactory.Own, true },
        { "edit", "delete", "*", "routes", SecurityFactory.Own, true },
        { "edit", "delete", "apps", "routes", SecurityFactory.Own, false },
        { "edit", "get", "", "pods", SecurityFactory.Own, false },
        { "edit via group", "create", "route.openshift.io", "routes", SecurityFactory.Own, true },
        { "admin", "deletecollection", "route.openshift.io", "routes", SecurityFactory.Other, false },
        { "cluster-admin", "escalate", "route.openshift.io", "routes", SecurityFactory.Own, true },
        { "system:masters", "get", "", "pods", SecurityFactory.Other, true },
        { "system:masters", "list", "route.openshift.io", "routes", string.Empty, true },
        { "no binding", "get", "route.openshift.io", "routes", SecurityFactory.Own, false },
    };

    public static TheoryData<string, string, bool> SubresourceQuestions() => new()
    {
        { "edit", "status", false },
        { "admin", "status", true },
        { "view", "status", false },
    };

    [Theory]
    [MemberData(nameof(ResourceQuestions))]
    public async Task Review_OfResourceAttributes_AnswersForTheCaller(string subject, string verb, string group, string resource, string ns, bool allowed)
    {
        var spec = new JsonObject { ["resourceAttributes"] = new JsonObject { ["verb"] = verb, ["group"] = group, ["resource"] = resource, ["namespace"] = ns } };

        var review = await ReviewAsync(subject, spec);

        Assert.Equal(allowed, (bool?)review["status"]!["allowed"]);
    }

    [Theory]
    [MemberData(nameof(SubresourceQuestions))]
    public async Task Review_OfStatusUpdate_FollowsTheRole(string subject, string subresource, bool allowed)
    {
        var spec = new JsonObject
        {
            ["resourceAttributes"] = new JsonObject { ["verb"] = "update", ["group"] = "route.openshift.io", ["resource"] = "routes", ["subresource"] = subresource, ["namespace"] = SecurityFactory.Own },
        };

        var review = await ReviewAsync(subject, spec);

        Assert.Equal(allowed, (bool?)review["status"]!["allowed"]);
    }

    [Theory]
    [InlineData("edit", "create", true)]
    [InlineData("edit", "update", false)]
    [InlineData("admin", "update", true)]
    [InlineData("view", "create", false)]
    public async Task Review_OfCustomHost_FollowsTheRole(string subject, string verb, bool allowed)
    {
        var spec = new JsonObject
        {
            ["resourceAttributes"] = new JsonObject { ["verb"] = verb, ["group"] = "route.openshift.io", ["resource"] = "routes", ["subresource"] = "custom-host", ["namespace"] = SecurityFactory.Own },
        };

        var review = await ReviewAsync(subject, spec);

        Assert.Equal(allowed, (bool?)review["status"]!["allowed"]);
    }

    [Fact]
    public async Task Review_Allowed_EchoesTheSpecAsASelfSubjectAccessReview()
    {
        var spec = new JsonObject { ["resourceAttributes"] = new JsonObject { ["verb"] = "get", ["group"] = "route.openshift.io", ["resource"] = "routes", ["namespace"] = SecurityFactory.Own } };

        var review = await ReviewAsync("view", spec);

        Assert.Equal("authorization.k8s.io/v1", (string?)review["apiVersion"]);
        Assert.Equal("SelfSubjectAccessReview", (string?)review["kind"]);
        Assert.Equal("get", (string?)review["spec"]!["resourceAttributes"]!["verb"]);
        Assert.Equal(SecurityFactory.Own, (string?)review["spec"]!["resourceAttributes"]!["namespace"]);
    }

    [Fact]
    public async Task Review_Denied_SaysWhy()
    {
        var spec = new JsonObject { ["resourceAttributes"] = new JsonObject { ["verb"] = "delete", ["group"] = "route.openshift.io", ["resource"] = "routes", ["namespace"] = SecurityFactory.Own } };

        var review = await ReviewAsync("view", spec);

        Assert.False((bool?)review["status"]!["allowed"]);
        Assert.False(string.IsNullOrEmpty((string?)review["status"]!["reason"]));
    }

    [Theory]
    [InlineData("no binding", "get", true)]
    [InlineData("no binding", "post", false)]
    [InlineData("system:masters", "post", true)]
    public async Task Review_OfNonResourceAttributes_AllowsReadsToEveryUser(string subject, string verb, bool allowed)
    {
        var spec = new JsonObject { ["nonResourceAttributes"] = new JsonObject { ["verb"] = verb, ["path"] = "/apis" } };

        var review = await ReviewAsync(subject, spec);

        Assert.Equal(allowed, (bool?)review["status"]!["allowed"]);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{\"spec\":")]
    public async Task Review_WithMalformedBody_Returns400Status(string body)
    {
        var client = new ApiClient(factory.CreateClient(SecurityFactory.TokenOf("view")));

        var response = await client.PostAsync(Path, body);

        Endpoints.StatusAssert.Failure(response, HttpStatusCode.BadRequest, "BadRequest");
    }

    [Fact]
    public async Task Review_WithoutToken_Returns401()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = null;

        var response = await new ApiClient(client).PostAsync(Path, "{}");

        Endpoints.StatusAssert.Failure(response, HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [Theory]
    [InlineData("view", "get", true)]
    [InlineData("view", "delete", false)]
    public async Task Review_SentAsProtobufAsKubectlDoes_AnswersForTheCaller(string subject, string verb, bool allowed)
    {
        var client = new ApiClient(factory.CreateClient(SecurityFactory.TokenOf(subject)));
        var attributes = Message((1, SecurityFactory.Own), (2, verb), (3, "route.openshift.io"), (5, "routes"));
        var review = Bytes(2, Bytes(1, attributes));
        var body = "k8s\0"u8.ToArray().Concat(Bytes(2, review)).ToArray();

        var response = await client.SendBytesAsync(HttpMethod.Post, Path, body, "application/vnd.kubernetes.protobuf");

        Assert.True(response.Code == HttpStatusCode.Created, $"{(int)response.Code} {response.Body}");
        Assert.Equal(allowed, (bool?)response.Json["status"]!["allowed"]);
    }

    [Theory]
    [InlineData(new byte[] { 0x6b, 0x38, 0x73, 0x00, 0x12, 0x7f })]
    [InlineData(new byte[] { 0x6b, 0x38, 0x73, 0x00, 0x12, 0x02, 0x12, 0xff })]
    [InlineData(new byte[] { 0x01, 0x02 })]
    [InlineData(new byte[] { 0x6b, 0x38, 0x73, 0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff })]
    public async Task Review_WithMalformedProtobuf_Returns400Status(byte[] body)
    {
        var client = new ApiClient(factory.CreateClient(SecurityFactory.TokenOf("view")));

        var response = await client.SendBytesAsync(HttpMethod.Post, Path, body, "application/vnd.kubernetes.protobuf");

        Endpoints.StatusAssert.Failure(response, HttpStatusCode.BadRequest, "BadRequest");
    }

    private static byte[] Message(params (int Number, string Value)[] fields) =>
        [.. fields.SelectMany(f => Bytes(f.Number, System.Text.Encoding.UTF8.GetBytes(f.Value)))];

    private static byte[] Bytes(int number, byte[] value) => [(byte)((number << 3) | 2), (byte)value.Length, .. value];

    private async Task<JsonObject> ReviewAsync(string subject, JsonObject spec)
    {
        var client = new ApiClient(factory.CreateClient(SecurityFactory.TokenOf(subject)));
        var body = new JsonObject { ["apiVersion"] = "authorization.k8s.io/v1", ["kind"] = "SelfSubjectAccessReview", ["spec"] = spec };

        var response = await client.PostAsync(Path, body.ToJsonString());

        Assert.True(response.Code == HttpStatusCode.Created, $"{(int)response.Code} {response.Body}");
        return response.Json;
    }
}
