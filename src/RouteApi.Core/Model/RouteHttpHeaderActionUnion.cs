using System.Text.Json.Serialization;

namespace RouteApi.Core.Model;

/// <summary>A <c>Set</c> or <c>Delete</c> header action.</summary>
public sealed record RouteHttpHeaderActionUnion
{
    /// <summary><c>Set</c> or <c>Delete</c>.</summary>
    [JsonPropertyName("type")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string Type { get; set; } = string.Empty;

    /// <summary>The value to set; required for <c>Set</c>, forbidden otherwise.</summary>
    [JsonPropertyName("set")]
    public RouteSetHttpHeader? Set { get; set; }
}
