using System.Text.Json.Serialization;

namespace RouteApi.Core.Model;

/// <summary>Kubernetes <c>apidiscovery.k8s.io/v2</c> <c>APIVersionDiscovery</c>: one version of a group with its resources.</summary>
public sealed record APIVersionDiscovery
{
    /// <summary>The version, for example <c>v1</c>.</summary>
    [JsonPropertyName("version")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string Version { get; set; } = string.Empty;

    /// <summary>The resources of this version.</summary>
    [JsonPropertyName("resources")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public IReadOnlyList<APIResourceDiscovery> Resources { get; set; } = [];

    /// <summary><c>Current</c>, or <c>Stale</c> when an aggregated server could not be reached.</summary>
    [JsonPropertyName("freshness")]
    public string? Freshness { get; set; }
}
