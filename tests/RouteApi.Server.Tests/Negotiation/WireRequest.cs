namespace RouteApi.Server.Tests.Negotiation;

/// <summary>A request whose Accept, Content-Type and User-Agent headers are sent exactly as written.</summary>
internal sealed record WireRequest(HttpMethod Method, string Path)
{
    public byte[]? Body { get; init; }

    public string? ContentType { get; init; }

    public string? Accept { get; init; }

    public string? UserAgent { get; init; }
}
