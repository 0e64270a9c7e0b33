using System.Text.Json.Serialization;

namespace RouteApi.Core.Model;

/// <summary>Kubernetes <c>metav1.GroupVersionForDiscovery</c>: one version of a group.</summary>
public sealed record GroupVersionForDiscovery
{
    /// <summary><c>group/version</c>, for example <c>route.openshift.io/v1</c>.</summary>
    [JsonPropertyName("groupVersion")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string GroupVersion { get; set; } = string.Empty;

    /// <summary>The version alone, for example <c>v1</c>.</summary>
    [JsonPropertyName("version")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string Version { get; set; } = string.Empty;
}
