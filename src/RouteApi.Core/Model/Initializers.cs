using System.Text.Json.Serialization;

namespace RouteApi.Core.Model;

/// <summary>Deprecated Kubernetes <c>metav1.Initializers</c>; kept only for wire compatibility.</summary>
public sealed record Initializers
{
    /// <summary>Initializers that have not run yet.</summary>
    [JsonPropertyName("pending")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public IReadOnlyList<Initializer>? Pending { get; set; }

    /// <summary>Result of a failed initialization.</summary>
    [JsonPropertyName("result")]
    public Status? Result { get; set; }
}
