using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace RouteApi.Server.Tests.Security;

/// <summary>
/// One generated hostile request. <see cref="Path"/> is sent byte for byte (no dot-segment
/// removal or unescaping by the client); <see cref="Token"/> null sends no Authorization header,
/// <see cref="RawAuthorization"/> replaces it verbatim.
/// </summary>
public sealed record HostileRequest(string Kind, HttpMethod Method, string Path)
{
    public byte[]? Body { get; init; }

    public string? ContentType { get; init; }

    public bool Chunked { get; init; }

    public string? Token { get; init; } = RouteApiFactory.AdminToken;

    public string? RawAuthorization { get; init; }

    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    /// <summary>
    /// True when Kestrel itself may refuse the request before any middleware runs (a NUL in the
    /// path): then a bare 4xx without a Status body is accepted.
    /// </summary>
    public bool KestrelRefusal => Path.Contains("%00", StringComparison.Ordinal);

    /// <summary>A short description for failure messages (never the whole body).</summary>
    public override string ToString()
    {
        var body = Body is null ? "no body" : $"{Body.Length} bytes of {ContentType}{(Chunked ? ", chunked" : string.Empty)}: {Preview(Body)}";
        var path = Path.Length > 200 ? Path[..200] + "…" : Path;
        return $"[{Kind}] {Method} {path} ({body}; {Headers.Count} extra headers; token {(RawAuthorization is null ? Token ?? "none" : "raw")})";
    }

    private static string Preview(byte[] body) =>
        Convert.ToHexString(body, 0, Math.Min(body.Length, 48));

    /// <summary>
    /// Fills an in-memory request as Kestrel would from the raw target: the path percent-decoded
    /// (except <c>%2F</c>) with the raw target kept, the query as sent.
    /// </summary>
    public void ApplyTo(HttpContext context)
    {
        var query = Path.IndexOf('?', StringComparison.Ordinal);
        var rawPath = query < 0 ? Path : Path[..query];
        var request = context.Request;
        request.Method = Method.Method;
        // Kestrel refuses a decoded NUL itself (400, before any middleware); in memory it stays encoded.
        request.Path = rawPath.Contains("%00", StringComparison.Ordinal) ? new PathString(rawPath) : PathString.FromUriComponent(rawPath);
        request.QueryString = query < 0 ? QueryString.Empty : new QueryString(Path[query..]);
        context.Features.Get<IHttpRequestFeature>()!.RawTarget = Path;
        if (Body is not null)
        {
            request.Body = new MemoryStream(Body);
            request.ContentLength = Chunked ? null : Body.Length;
            request.ContentType = ContentType;
        }

        var authorization = RawAuthorization ?? (Token is null ? null : "Bearer " + Token);
        if (authorization is not null)
        {
            request.Headers.Authorization = authorization;
        }

        foreach (var (name, value) in Headers)
        {
            request.Headers.Append(name, value);
        }
    }

    /// <summary>The request message, with the path kept exactly as generated.</summary>
    public HttpRequestMessage ToMessage(Uri baseAddress)
    {
        var uri = new Uri(baseAddress.GetLeftPart(UriPartial.Authority) + Path, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
        var message = new HttpRequestMessage(Method, uri);
        if (Body is not null)
        {
            message.Content = Chunked ? new StreamContent(new MemoryStream(Body)) : new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }

            message.Headers.TransferEncodingChunked = Chunked ? true : null;
        }

        if (RawAuthorization is not null)
        {
            message.Headers.TryAddWithoutValidation("Authorization", RawAuthorization);
        }
        else if (Token is not null)
        {
            message.Headers.TryAddWithoutValidation("Authorization", "Bearer " + Token);
        }

        foreach (var (name, value) in Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        return message;
    }
}
