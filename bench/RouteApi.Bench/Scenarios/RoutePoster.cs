using System.Net.Http.Headers;

namespace RouteApi.Bench.Scenarios;

/// <summary>
/// POSTs a new route body with a unique name per request (to RouteApi's collection, or to the
/// baseline's echo), each worker reusing its own body and response buffers.
/// </summary>
internal sealed class RoutePoster
{
    private readonly HttpClient _client;
    private readonly Uri _path;
    private readonly RouteBodyTemplate _template;
    private readonly UniqueNames _names;
    private readonly byte[][] _bodies;
    private readonly byte[][] _nameBuffers;
    private readonly byte[][] _responses;

    public RoutePoster(HttpClient client, string path, RouteBodyTemplate template, UniqueNames names, int workers)
    {
        _client = client;
        _path = new Uri(path, UriKind.Relative);
        _template = template;
        _names = names;
        _bodies = [.. Enumerable.Range(0, workers).Select(_ => new byte[template.MaxLength(names.MaxLength)])];
        _nameBuffers = [.. Enumerable.Range(0, workers).Select(_ => new byte[names.MaxLength])];
        _responses = [.. Enumerable.Range(0, workers).Select(_ => new byte[16 * 1024])];
    }

    public async ValueTask<int> PostAsync(int worker, CancellationToken cancellationToken)
    {
        var name = _nameBuffers[worker];
        var body = _bodies[worker];
        var length = _template.Write(body, name.AsSpan(0, _names.Next(name)));
        using var content = new ReadOnlyMemoryContent(body.AsMemory(0, length));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, _path) { Content = content };
        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        return await Load.LoadClient.DrainAsync(response, _responses[worker], cancellationToken);
    }
}
