using System.Net;
using System.Text.Json.Nodes;
using RouteApi.Server.Tests.Endpoints;

namespace RouteApi.Server.Tests.Security;

public sealed class RoleMatrixTests(SecurityFactory factory) : IClassFixture<SecurityFactory>
{
    private readonly ApiClient _admin = new(factory.CreateClient());

    public static TheoryData<string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var prefix in new[] { ApiPrefixes.Group, ApiPrefixes.Legacy })
        {
            foreach (var subject in SecurityFactory.Subjects.Keys)
            {
                foreach (var verb in RoleMatrix.Verbs)
                {
                    data.Add(prefix, subject, verb, RoleMatrix.OwnScope);
                    data.Add(prefix, subject, verb, RoleMatrix.OtherScope);
                }

                data.Add(prefix, subject, "list", RoleMatrix.ClusterScope);
                data.Add(prefix, subject, "watch", RoleMatrix.ClusterScope);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Request_BySubject_IsAllowedExactlyAsItsRoleSays(string prefix, string subject, string verb, string scope)
    {
        var ns = scope switch
        {
            RoleMatrix.OwnScope => SecurityFactory.Own,
            RoleMatrix.OtherScope => SecurityFactory.Other,
            _ => string.Empty,
        };
        var name = "r-" + Guid.NewGuid().ToString("N")[..10];
        var existing = ns.Length > 0 ? await _admin.CreateAsync(prefix, ns, name, metadataExtra: ",\"labels\":{\"case\":\"" + name + "\"}") : null;
        var client = new ApiClient(factory.CreateClient(SecurityFactory.TokenOf(subject)));

        var (response, resource, requestName) = await SendAsync(client, prefix, verb, ns, name, existing);

        if (RoleMatrix.Allowed(subject, verb, scope))
        {
            Assert.True((int)response.Code is 200 or 201, $"{subject} {verb} {scope}: expected success, got {(int)response.Code} {response.Body}");
        }
        else
        {
            var rbacVerb = verb.Split(' ')[0];
            StatusAssert.Failure(response, HttpStatusCode.Forbidden, "Forbidden",
                RoleMatrix.ForbiddenMessage(prefix, SecurityFactory.UserOf(subject), rbacVerb, resource, ns, requestName));
            await AssertUnchangedAsync(prefix, ns, name, existing);
        }
    }

    private static async Task<(ApiResponse Response, string Resource, string Name)> SendAsync(ApiClient client, string prefix, string verb, string ns, string name, JsonObject? existing)
    {
        var collection = ns.Length > 0 ? RoutePaths.Collection(prefix, ns) : prefix + "/routes";
        var item = RoutePaths.Item(prefix, ns, name);
        var labelled = existing is null ? string.Empty : RouteJson.Changed(existing, r => r["metadata"]!["labels"]!["changed"] = "yes");
        return verb switch
        {
            "get" => (await client.GetAsync(item), "routes", name),
            "list" => (await client.GetAsync(collection), "routes", string.Empty),
            "watch" => (await WatchAsync(client, collection + "?watch=true"), "routes", string.Empty),
            "create" => (await client.PostAsync(collection, "{\"metadata\":{\"name\":\"new-" + name + "\"},\"spec\":{\"to\":{\"name\":\"svc\"}}}"), "routes", string.Empty),
            "update" => (await client.PutAsync(item, labelled), "routes", name),
            "patch" => (await client.PatchAsync(item, """{"metadata":{"labels":{"changed":"yes"}}}""", "application/merge-patch+json"), "routes", name),
            "delete" => (await client.DeleteAsync(item), "routes", name),
            "deletecollection" => (await client.DeleteAsync(collection + "?labelSelector=case%3D" + name), "routes", string.Empty),
            "get status" => (await client.GetAsync(item + "/status"), "routes/status", name),
            "update status" => (await client.PutAsync(item + "/status", labelled), "routes/status", name),
            "patch status" => (await client.PatchAsync(item + "/status", """{"status":{"ingress":[{"host":"a.example.com","routerName":"r"}]}}""", "application/merge-patch+json"), "routes/status", name),
            _ => throw new ArgumentOutOfRangeException(nameof(verb), verb, "not a verb of the matrix"),
        };
    }

    /// <summary>Opens a watch and reads only its headers (an allowed watch streams until closed); a denied one has a Status body.</summary>
    private static async Task<ApiResponse> WatchAsync(ApiClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        using var response = await client.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
        var body = response.IsSuccessStatusCode ? string.Empty : await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return new ApiResponse(response.StatusCode, body, response.Content.Headers.ContentType?.MediaType, response.Headers);
    }

    private async Task AssertUnchangedAsync(string prefix, string ns, string name, JsonObject? existing)
    {
        if (existing is not null)
        {
            var now = await _admin.GetAsync(RoutePaths.Item(prefix, ns, name));
            Assert.Equal(HttpStatusCode.OK, now.Code);
            Assert.Equal(existing.ToJsonString(), now.Json.ToJsonString());
        }

        var created = await _admin.GetAsync(RoutePaths.Item(prefix, ns.Length > 0 ? ns : SecurityFactory.Own, "new-" + name));
        Assert.Equal(HttpStatusCode.NotFound, created.Code);
    }
}
