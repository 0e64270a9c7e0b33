namespace RouteApi.Bench.Scenarios;

/// <summary>GETs one path over and over, each worker draining the body into its own buffer.</summary>
internal sealed class FixedGetter(HttpClient client, string path, int workers)
{
    private readonly Uri _path = new(path, UriKind.Relative);
    private readonly byte[][] _buffers = [.. Enumerable.Range(0, workers).Select(_ => new byte[64 * 1024])];

    public async ValueTask<int> GetAsync(int worker, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(_path, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        return await Load.LoadClient.DrainAsync(response, _buffers[worker], cancellationToken);
    }
}
