using System.Text.Json.Serialization;

namespace RouteApi.Core.Model;

/// <summary>
/// Kubernetes <c>metav1.APIResource</c>: one resource (<c>routes</c>) or subresource
/// (<c>routes/status</c>) with its kind, scope and verbs. <c>name</c>, <c>singularName</c>,
/// <c>namespaced</c>, <c>kind</c> and <c>verbs</c> are always written.
/// </summary>
public sealed record APIResource
{
    /// <summary>The plural name, or <c>resource/subresource</c>.</summary>
    [JsonPropertyName("name")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string Name { get; set; } = string.Empty;

    /// <summary>The singular name; empty for a subresource.</summary>
    [JsonPropertyName("singularName")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string SingularName { get; set; } = string.Empty;

    /// <summary>True for a namespaced resource.</summary>
    [JsonPropertyName("namespaced")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public bool Namespaced { get; set; }

    /// <summary>Set only when it differs from the enclosing group.</summary>
    [JsonPropertyName("group")]
    public string? Group { get; set; }

    /// <summary>Set only when it differs from the enclosing version.</summary>
    [JsonPropertyName("version")]
    public string? Version { get; set; }

    /// <summary>The kind of the objects the resource serves.</summary>
    [JsonPropertyName("kind")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string Kind { get; set; } = string.Empty;

    /// <summary>The verbs, sorted.</summary>
    [JsonPropertyName("verbs")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public IReadOnlyList<string> Verbs { get; set; } = [];

    /// <summary>Short names; none for routes.</summary>
    [JsonPropertyName("shortNames")]
    public IReadOnlyList<string>? ShortNames { get; set; }

    /// <summary>Groupings such as <c>all</c>.</summary>
    [JsonPropertyName("categories")]
    public IReadOnlyList<string>? Categories { get; set; }

    /// <summary>Hash of the storage version: base64 of the first 8 bytes of SHA-256 of <c>group/version/Kind</c>.</summary>
    [JsonPropertyName("storageVersionHash")]
    public string? StorageVersionHash { get; set; }
}
