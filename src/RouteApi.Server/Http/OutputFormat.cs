using RouteApi.Server.Tables;

namespace RouteApi.Server.Http;

/// <summary>The negotiated response encoding.</summary>
/// <param name="Format">JSON, YAML or protobuf.</param>
/// <param name="Pretty">Indented JSON (<c>?pretty</c>, <c>;pretty=1</c>, or curl, Wget and browsers).</param>
/// <param name="ContentType">The response Content-Type.</param>
/// <param name="Table">Set when the client asked for routes as a Table (JSON or YAML only).</param>
internal sealed record OutputFormat(WireFormat Format, bool Pretty, string ContentType, TableOptions? Table = null)
{
    public static OutputFormat Json { get; } = new(WireFormat.Json, false, ContentNegotiation.Json);
}
