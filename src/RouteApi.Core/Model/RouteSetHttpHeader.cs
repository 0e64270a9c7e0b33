using System.Text.Json.Serialization;

namespace RouteApi.Core.Model;

/// <summary>The value a <c>Set</c> action writes.</summary>
public sealed record RouteSetHttpHeader
{
    /// <summary>The header value (an HAProxy format string), 1..16384 characters.</summary>
    [JsonPropertyName("value")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string Value { get; set; } = string.Empty;
}
