using System.Text.Json.Serialization;

namespace RouteApi.Core.Model;

/// <summary>Kubernetes <c>metav1.APIGroupList</c>: the answer of <c>GET /apis</c>.</summary>
public sealed record APIGroupList
{
    /// <summary><c>APIGroupList</c>.</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; set; } = "APIGroupList";

    /// <summary><c>v1</c>.</summary>
    [JsonPropertyName("apiVersion")]
    public string? ApiVersion { get; set; } = "v1";

    /// <summary>The served groups; always written.</summary>
    [JsonPropertyName("groups")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public IReadOnlyList<APIGroup> Groups { get; set; } = [];
}
