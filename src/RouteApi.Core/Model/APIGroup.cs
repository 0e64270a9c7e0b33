using System.Text.Json.Serialization;

namespace RouteApi.Core.Model;

/// <summary>
/// Kubernetes <c>metav1.APIGroup</c>: one group, its versions and the preferred one. Written with
/// kind and apiVersion by <c>GET /apis/&lt;group&gt;</c>, without them inside an <see cref="APIGroupList"/>.
/// </summary>
public sealed record APIGroup
{
    /// <summary><c>APIGroup</c> on its own; empty inside a list.</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    /// <summary><c>v1</c> on its own; empty inside a list.</summary>
    [JsonPropertyName("apiVersion")]
    public string? ApiVersion { get; set; }

    /// <summary>The group name, for example <c>route.openshift.io</c>.</summary>
    [JsonPropertyName("name")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string Name { get; set; } = string.Empty;

    /// <summary>The served versions, preferred first.</summary>
    [JsonPropertyName("versions")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public IReadOnlyList<GroupVersionForDiscovery> Versions { get; set; } = [];

    /// <summary>The version clients should use.</summary>
    [JsonPropertyName("preferredVersion")]
    public GroupVersionForDiscovery? PreferredVersion { get; set; }
}
