using System.Text.Json.Serialization;

namespace RouteApi.Core.Model;

/// <summary>Kubernetes <c>apidiscovery.k8s.io/v2</c> <c>APISubresourceDiscovery</c>: a subresource such as <c>status</c>.</summary>
public sealed record APISubresourceDiscovery
{
    /// <summary>The subresource name without the resource, for example <c>status</c>.</summary>
    [JsonPropertyName("subresource")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string Subresource { get; set; } = string.Empty;

    /// <summary>The group, version and kind the subresource answers with.</summary>
    [JsonPropertyName("responseKind")]
    public GroupVersionKind? ResponseKind { get; set; }

    /// <summary>The verbs, sorted.</summary>
    [JsonPropertyName("verbs")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public IReadOnlyList<string> Verbs { get; set; } = [];
}
