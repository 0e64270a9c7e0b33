using System.Text.Json.Serialization;

namespace RouteApi.Core.Model;

/// <summary>
/// Kubernetes <c>metav1.DeleteOptions</c>, sent as the DELETE body or as query parameters.
/// A failed precondition answers 409 Conflict.
/// </summary>
public sealed record DeleteOptions
{
    /// <summary>Empty, or <c>DeleteOptions</c>.</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    /// <summary>Empty, <c>v1</c> or <c>meta.k8s.io/v1</c>.</summary>
    [JsonPropertyName("apiVersion")]
    public string? ApiVersion { get; set; }

    /// <summary>Grace period; routes delete immediately, so it has no effect.</summary>
    [JsonPropertyName("gracePeriodSeconds")]
    public long? GracePeriodSeconds { get; set; }

    /// <summary>Conditions the stored object must meet for the delete to proceed.</summary>
    [JsonPropertyName("preconditions")]
    public Preconditions? Preconditions { get; set; }

    /// <summary>Deprecated; accepted.</summary>
    [JsonPropertyName("orphanDependents")]
    public bool? OrphanDependents { get; set; }

    /// <summary><c>Orphan</c>, <c>Background</c> or <c>Foreground</c>; accepted.</summary>
    [JsonPropertyName("propagationPolicy")]
    public string? PropagationPolicy { get; set; }

    /// <summary><c>[All]</c> runs the delete without storing it.</summary>
    [JsonPropertyName("dryRun")]
    public IReadOnlyList<string>? DryRun { get; set; }
}
