using System.Text.Json.Serialization;

namespace RouteApi.Core.Model;

/// <summary>Lists of header actions, at most 20 each.</summary>
public sealed record RouteHttpHeaderActions
{
    /// <summary>Actions on response headers, applied in order.</summary>
    [JsonPropertyName("response")]
    public IReadOnlyList<RouteHttpHeader>? Response { get; set; }

    /// <summary>Actions on request headers, applied in order.</summary>
    [JsonPropertyName("request")]
    public IReadOnlyList<RouteHttpHeader>? Request { get; set; }
}
