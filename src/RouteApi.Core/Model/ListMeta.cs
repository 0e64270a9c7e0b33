using System.Text.Json.Serialization;

namespace RouteApi.Core.Model;

/// <summary>Kubernetes <c>metav1.ListMeta</c>. Every field is omitted when empty.</summary>
public sealed record ListMeta
{
    /// <summary>Deprecated; never populated.</summary>
    [JsonPropertyName("selfLink")]
    public string? SelfLink { get; set; }

    /// <summary>The storage revision the list was read at.</summary>
    [JsonPropertyName("resourceVersion")]
    public string? ResourceVersion { get; set; }

    /// <summary>Opaque token for the next page; empty when nothing remains.</summary>
    [JsonPropertyName("continue")]
    public string? Continue { get; set; }

    /// <summary>Items after this page; set only when more remain and no selector was given.</summary>
    [JsonPropertyName("remainingItemCount")]
    public long? RemainingItemCount { get; set; }
}
