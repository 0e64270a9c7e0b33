using System.Net;
using System.Net.Http.Headers;

namespace RouteApi.Bench.Load;

/// <summary>
/// The HttpClient the load runs on: HTTP/1.1, one connection per request in flight and no limit on
/// their number, no proxy, cookies or decompression, so the client costs as little as it can.
/// </summary>
internal static class LoadClient
{
    public static HttpClient Create(Uri baseAddress, string? bearerToken)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = int.MaxValue,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            UseCookies = false,
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.None,
            AllowAutoRedirect = false,
        };
        var client = new HttpClient(handler)
        {
            BaseAddress = baseAddress,
            DefaultRequestVersion = HttpVersion.Version11,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Timeout = Timeout.InfiniteTimeSpan,
        };
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (bearerToken is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        }

        return client;
    }

    /// <summary>Reads the whole body into <paramref name="buffer"/> (overwriting it) and returns the status code.</summary>
    public static async ValueTask<int> DrainAsync(HttpResponseMessage response, byte[] buffer, CancellationToken cancellationToken)
    {
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        while (await body.ReadAsync(buffer, cancellationToken) > 0)
        {
        }

        return (int)response.StatusCode;
    }
}
