using System.Text.Json.Serialization;

namespace RouteApi.Core.Model;

/// <summary>One pending initializer.</summary>
public sealed record Initializer
{
    /// <summary>Name of the initializer.</summary>
    [JsonPropertyName("name")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string Name { get; set; } = string.Empty;
}
