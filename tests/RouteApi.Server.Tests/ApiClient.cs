using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace RouteApi.Server.Tests;

/// <summary>A thin JSON client over the test server: raw status codes and parsed bodies.</summary>
public sealed class ApiClient(HttpClient http)
{
    public HttpClient Http => http;

    public Task<ApiResponse> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null);

    public Task<ApiResponse> PostAsync(string path, string json) => SendAsync(HttpMethod.Post, path, json);

    public Task<ApiResponse> PutAsync(string path, string json) => SendAsync(HttpMethod.Put, path, json);

    public Task<ApiResponse> PatchAsync(string path, string json, string contentType) => SendAsync(HttpMethod.Patch, path, json, contentType);

    public Task<ApiResponse> DeleteAsync(string path, string? json = null) => SendAsync(HttpMethod.Delete, path, json);

    public async Task<ApiResponse> SendAsync(HttpMethod method, string path, string? json, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return await SendAsync(request);
    }

    /// <summary>Sends raw bytes, for bodies that are not valid text.</summary>
    public async Task<ApiResponse> SendBytesAsync(HttpMethod method, string path, byte[] body, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(method, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return await SendAsync(request);
    }

    public async Task<ApiResponse> SendAsync(HttpRequestMessage request)
    {
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return new ApiResponse(response.StatusCode, text, response.Content.Headers.ContentType?.MediaType, response.Headers);
    }

    /// <summary>Applies a JSON merge patch to the route at <paramref name="path"/> and returns the stored object.</summary>
    public async Task<JsonObject> MergePatchAsync(string path, string patch)
    {
        var response = await PatchAsync(path, patch, "application/merge-patch+json");
        Assert.True(response.Code == HttpStatusCode.OK, $"patch failed: {(int)response.Code} {response.Body}");
        return response.Json;
    }

    /// <summary>Deletes the route at <paramref name="path"/>, asserting 200.</summary>
    public async Task DeleteRouteAsync(string path)
    {
        var response = await DeleteAsync(path);
        Assert.True(response.Code == HttpStatusCode.OK, $"delete failed: {(int)response.Code} {response.Body}");
    }

    /// <summary>Creates a route from a minimal body and returns the stored object.</summary>
    public async Task<JsonObject> CreateAsync(string prefix, string @namespace, string name, string spec = """{"to":{"name":"svc"}}""", string metadataExtra = "")
    {
        var body = "{\"metadata\":{\"name\":\"" + name + "\"" + metadataExtra + "},\"spec\":" + spec + "}";
        var response = await PostAsync($"{prefix}/namespaces/{@namespace}/routes", body);
        Assert.True(response.Code == HttpStatusCode.Created, $"create failed: {(int)response.Code} {response.Body}");
        return response.Json;
    }
}

public sealed record ApiResponse(HttpStatusCode Code, string Body, string? ContentType, HttpResponseHeaders Headers)
{
    public JsonObject Json => JsonNode.Parse(Body)!.AsObject();

    public string? Str(string path) => Node(path)?.GetValue<string>();

    public JsonNode? Node(string path)
    {
        JsonNode? node = Json;
        foreach (var part in path.Split('.'))
        {
            node = int.TryParse(part, out var index) ? node?[index] : node?[part];
        }

        return node;
    }
}
