namespace RouteApi.Bench.Baseline;

/// <summary>A response body the harness uploaded, with the content type it is served with.</summary>
/// <param name="ContentType">The Content-Type header RouteApi answered with.</param>
/// <param name="Bytes">The exact body RouteApi answered with.</param>
internal sealed record StoredBody(string ContentType, byte[] Bytes);
