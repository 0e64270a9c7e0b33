using System.Text.Json.Serialization;

namespace RouteApi.Core.Model;

/// <summary>
/// Kubernetes <c>apidiscovery.k8s.io/v2</c> <c>APIGroupDiscoveryList</c>: aggregated discovery,
/// every group with its versions and resources in one document (<c>/api</c> or <c>/apis</c>).
/// </summary>
public sealed record APIGroupDiscoveryList
{
    /// <summary>Always <c>APIGroupDiscoveryList</c>.</summary>
    [JsonPropertyName("kind")]
    public string Kind { get; set; } = "APIGroupDiscoveryList";

    /// <summary><c>apidiscovery.k8s.io/v2</c> (or <c>v2beta1</c>, the same shape).</summary>
    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = "apidiscovery.k8s.io/v2";

    /// <summary>Empty list metadata.</summary>
    [JsonPropertyName("metadata")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public ListMeta Metadata { get; set; } = new();

    /// <summary>The groups; the first version of each is its preferred one.</summary>
    [JsonPropertyName("items")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public IReadOnlyList<APIGroupDiscovery> Items { get; set; } = [];
}
