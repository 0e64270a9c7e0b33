using System.Text.Json.Serialization;

namespace RouteApi.Core.Model;

/// <summary>Kubernetes <c>metav1.TableColumnDefinition</c>; every field is always written.</summary>
public sealed record TableColumnDefinition
{
    /// <summary>The header, for example <c>Host/Port</c>.</summary>
    [JsonPropertyName("name")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string Name { get; set; } = string.Empty;

    /// <summary><c>string</c>, <c>integer</c>, <c>number</c>, <c>boolean</c> or <c>date</c>.</summary>
    [JsonPropertyName("type")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string Type { get; set; } = string.Empty;

    /// <summary>A hint such as <c>name</c> for the name column; empty otherwise.</summary>
    [JsonPropertyName("format")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string Format { get; set; } = string.Empty;

    /// <summary>What the column shows.</summary>
    [JsonPropertyName("description")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string Description { get; set; } = string.Empty;

    /// <summary>0 for columns always shown; higher ones only with <c>-o wide</c>.</summary>
    [JsonPropertyName("priority")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public int Priority { get; set; }
}
