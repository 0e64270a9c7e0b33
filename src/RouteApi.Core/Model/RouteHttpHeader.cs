using System.Text.Json.Serialization;

namespace RouteApi.Core.Model;

/// <summary>One header action: a header name and what to do with it.</summary>
public sealed record RouteHttpHeader
{
    /// <summary>The header name (an RFC 2616 token, at most 255 characters).</summary>
    [JsonPropertyName("name")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string Name { get; set; } = string.Empty;

    /// <summary>The action.</summary>
    [JsonPropertyName("action")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public RouteHttpHeaderActionUnion Action { get; set; } = new();
}
