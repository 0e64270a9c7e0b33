using System.Text.Json.Serialization;

namespace RouteApi.Core.Model;

/// <summary>Kubernetes <c>metav1.GroupVersionKind</c>, as aggregated discovery writes a response kind.</summary>
public sealed record GroupVersionKind
{
    /// <summary>The group; empty for the core group.</summary>
    [JsonPropertyName("group")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string Group { get; set; } = string.Empty;

    /// <summary>The version.</summary>
    [JsonPropertyName("version")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string Version { get; set; } = string.Empty;

    /// <summary>The kind.</summary>
    [JsonPropertyName("kind")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string Kind { get; set; } = string.Empty;
}
