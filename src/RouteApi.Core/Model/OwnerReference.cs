using System.Text.Json.Serialization;

namespace RouteApi.Core.Model;

/// <summary>Kubernetes <c>metav1.OwnerReference</c>: identifies an owning object. apiVersion, kind, name and uid are always written.</summary>
public sealed record OwnerReference
{
    /// <summary>API version of the owner.</summary>
    [JsonPropertyName("apiVersion")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string ApiVersion { get; set; } = string.Empty;

    /// <summary>Kind of the owner.</summary>
    [JsonPropertyName("kind")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string Kind { get; set; } = string.Empty;

    /// <summary>Name of the owner.</summary>
    [JsonPropertyName("name")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string Name { get; set; } = string.Empty;

    /// <summary>UID of the owner.</summary>
    [JsonPropertyName("uid")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string Uid { get; set; } = string.Empty;

    /// <summary>True when the owner is the managing controller.</summary>
    [JsonPropertyName("controller")]
    public bool? Controller { get; set; }

    /// <summary>True when the owner cannot be deleted before this object.</summary>
    [JsonPropertyName("blockOwnerDeletion")]
    public bool? BlockOwnerDeletion { get; set; }
}
