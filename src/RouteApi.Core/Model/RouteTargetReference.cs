using System.Text.Json.Serialization;

namespace RouteApi.Core.Model;

/// <summary>A weighted backend of a route. <c>kind</c>, <c>name</c> and <c>weight</c> are always written.</summary>
public sealed record RouteTargetReference
{
    /// <summary>Must be <c>Service</c>; defaulted to it when empty.</summary>
    [JsonPropertyName("kind")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string Kind { get; set; } = string.Empty;

    /// <summary>Name of the service; required.</summary>
    [JsonPropertyName("name")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string Name { get; set; } = string.Empty;

    /// <summary>Relative weight 0..256, defaulted to 100; 0 sends no traffic.</summary>
    [JsonPropertyName("weight")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public int? Weight { get; set; }
}
