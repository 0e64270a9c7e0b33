using System.Text.Json.Serialization;

namespace RouteApi.Core.Model;

/// <summary>Kubernetes <c>metav1.PartialObjectMetadata</c>: an object reduced to its metadata (the default object of a Table row).</summary>
public sealed record PartialObjectMetadata
{
    /// <summary><c>PartialObjectMetadata</c>.</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; set; } = "PartialObjectMetadata";

    /// <summary>The apiVersion of the enclosing Table (<c>meta.k8s.io/v1</c> or <c>v1beta1</c>).</summary>
    [JsonPropertyName("apiVersion")]
    public string? ApiVersion { get; set; }

    /// <summary>The object's full metadata.</summary>
    [JsonPropertyName("metadata")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public ObjectMeta Metadata { get; set; } = new();
}
