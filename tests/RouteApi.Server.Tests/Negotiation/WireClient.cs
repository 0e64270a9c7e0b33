using RouteApi.Server.Tests.Endpoints;

namespace RouteApi.Server.Tests.Negotiation;

/// <summary>A byte-level client over the test server, for bodies and answers in any encoding.</summary>
internal sealed class WireClient(HttpClient http)
{
    public HttpClient Http => http;

    public Task<WireResponse> GetAsync(string path, string? accept = null, string? userAgent = null) =>
        SendAsync(new WireRequest(HttpMethod.Get, path) { Accept = accept, UserAgent = userAgent });

    /// <summary>Sends <paramref name="body"/> with <paramref name="contentType"/>; the answer is negotiated from <paramref name="accept"/>.</summary>
    public Task<WireResponse> SendAsync(HttpMethod method, string path, byte[] body, string contentType, string? accept = null) =>
        SendAsync(new WireRequest(method, path) { Body = body, ContentType = contentType, Accept = accept });

    public async Task<WireResponse> SendAsync(WireRequest request)
    {
        using var message = ToMessage(request);
        using var response = await http.SendAsync(message, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        return new WireResponse(response.StatusCode, body, RawContentType(response), response.Headers);
    }

    /// <summary>Creates a route from a JSON body and returns the stored object as compact JSON text.</summary>
    public async Task<string> CreateJsonAsync(string prefix, string ns, string json)
    {
        var response = await SendAsync(HttpMethod.Post, RoutePaths.Collection(prefix, ns), System.Text.Encoding.UTF8.GetBytes(json), MediaTypes.Json);
        Assert.True(response.Code == System.Net.HttpStatusCode.Created, $"create failed: {(int)response.Code} {response.Text}");
        return response.Text;
    }

    public static HttpRequestMessage ToMessage(WireRequest request)
    {
        var message = new HttpRequestMessage(request.Method, request.Path);
        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(request.Body);
            if (request.ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
            }
        }

        if (request.Accept is not null)
        {
            message.Headers.TryAddWithoutValidation("Accept", request.Accept);
        }

        if (request.UserAgent is not null)
        {
            message.Headers.TryAddWithoutValidation("User-Agent", request.UserAgent);
        }

        return message;
    }

    /// <summary>The Content-Type header as sent (not reformatted by the client's parser).</summary>
    public static string? RawContentType(HttpResponseMessage response) =>
        response.Content.Headers.NonValidated.TryGetValues("Content-Type", out var values) ? values.ToString() : null;
}
