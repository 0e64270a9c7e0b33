namespace RouteApi.Server.Http;

/// <summary>The negotiated response encoding.</summary>
/// <param name="Format">JSON, YAML or protobuf.</param>
/// <param name="Pretty">Indented JSON (<c>?pretty</c>, <c>;pretty=1</c>, or curl, Wget and browsers).</param>
/// <param name="ContentType">The response Content-Type.</param>
internal sealed record OutputFormat(WireFormat Format, bool Pretty, string ContentType)
{
    public static OutputFormat Json { get; } = new(WireFormat.Json, false, ContentNegotiation.Json);
}
