using System.Text.Json.Serialization;

namespace RouteApi.Core.Model;

/// <summary>
/// Kubernetes <c>apidiscovery.k8s.io/v2</c> <c>APIResourceDiscovery</c>: one resource with its
/// response kind, scope (<c>Namespaced</c> or <c>Cluster</c>), verbs and subresources.
/// </summary>
public sealed record APIResourceDiscovery
{
    /// <summary>The plural name, for example <c>routes</c>.</summary>
    [JsonPropertyName("resource")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string Resource { get; set; } = string.Empty;

    /// <summary>The group, version and kind of the objects served.</summary>
    [JsonPropertyName("responseKind")]
    public GroupVersionKind? ResponseKind { get; set; }

    /// <summary><c>Namespaced</c> or <c>Cluster</c>.</summary>
    [JsonPropertyName("scope")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string Scope { get; set; } = string.Empty;

    /// <summary>The singular name, for example <c>route</c>.</summary>
    [JsonPropertyName("singularResource")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string SingularResource { get; set; } = string.Empty;

    /// <summary>The verbs, sorted.</summary>
    [JsonPropertyName("verbs")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public IReadOnlyList<string> Verbs { get; set; } = [];

    /// <summary>Categories such as <c>all</c>; omitted when none.</summary>
    [JsonPropertyName("categories")]
    public IReadOnlyList<string>? Categories { get; set; }

    /// <summary>The subresources, such as <c>status</c>.</summary>
    [JsonPropertyName("subresources")]
    public IReadOnlyList<APISubresourceDiscovery>? Subresources { get; set; }
}
