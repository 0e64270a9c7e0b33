using System.Text.Json.Serialization;

namespace RouteApi.Core.Model;

/// <summary>Kubernetes <c>apidiscovery.k8s.io/v2</c> <c>APIGroupDiscovery</c>: one group, named by <c>metadata.name</c>.</summary>
public sealed record APIGroupDiscovery
{
    /// <summary>Only <c>name</c> is set: the group (empty for the core group).</summary>
    [JsonPropertyName("metadata")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public ObjectMeta Metadata { get; set; } = new();

    /// <summary>The versions, preferred first.</summary>
    [JsonPropertyName("versions")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public IReadOnlyList<APIVersionDiscovery> Versions { get; set; } = [];
}
