using System.Text.Json.Serialization;

namespace RouteApi.Core.Model;

/// <summary>
/// Kubernetes <c>metav1.ObjectMeta</c>: the metadata every persisted object carries. Every field
/// but <c>creationTimestamp</c> is omitted from JSON when empty; <c>creationTimestamp</c> is written
/// as <c>null</c> when unset, as Kubernetes does. <c>uid</c>, <c>creationTimestamp</c>,
/// <c>resourceVersion</c>, <c>generation</c> and <c>deletionTimestamp</c> are set by the server.
/// </summary>
public sealed record ObjectMeta
{
    /// <summary>Unique name within the namespace; a DNS-1123 subdomain. Required on create unless <see cref="GenerateName"/> is set.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>Prefix for a server-generated name, used only when <see cref="Name"/> is empty.</summary>
    [JsonPropertyName("generateName")]
    public string? GenerateName { get; set; }

    /// <summary>Namespace of the object; a DNS-1123 label.</summary>
    [JsonPropertyName("namespace")]
    public string? Namespace { get; set; }

    /// <summary>Deprecated; never populated by the server.</summary>
    [JsonPropertyName("selfLink")]
    public string? SelfLink { get; set; }

    /// <summary>Server-assigned unique id (UUID v4, lowercase); immutable.</summary>
    [JsonPropertyName("uid")]
    public string? Uid { get; set; }

    /// <summary>Opaque version of this object (the storage modification revision). Required on update; a stale value answers 409 Conflict.</summary>
    [JsonPropertyName("resourceVersion")]
    public string? ResourceVersion { get; set; }

    /// <summary>Sequence number of the desired state: 1 on create, bumped when the spec changes.</summary>
    [JsonPropertyName("generation")]
    public long Generation { get; set; }

    /// <summary>Time the object was created (RFC 3339, whole seconds, UTC); immutable.</summary>
    [JsonPropertyName("creationTimestamp")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public DateTimeOffset? CreationTimestamp { get; set; }

    /// <summary>Set when deletion was requested on an object that still has finalizers.</summary>
    [JsonPropertyName("deletionTimestamp")]
    public DateTimeOffset? DeletionTimestamp { get; set; }

    /// <summary>Grace period recorded with <see cref="DeletionTimestamp"/>.</summary>
    [JsonPropertyName("deletionGracePeriodSeconds")]
    public long? DeletionGracePeriodSeconds { get; set; }

    /// <summary>Labels, matched by label selectors.</summary>
    [JsonPropertyName("labels")]
    public IReadOnlyDictionary<string, string>? Labels { get; set; }

    /// <summary>Annotations (at most 256 KiB in total).</summary>
    [JsonPropertyName("annotations")]
    public IReadOnlyDictionary<string, string>? Annotations { get; set; }

    /// <summary>Objects this object depends on.</summary>
    [JsonPropertyName("ownerReferences")]
    public IReadOnlyList<OwnerReference>? OwnerReferences { get; set; }

    /// <summary>Finalizers that must be removed before the object is deleted.</summary>
    [JsonPropertyName("finalizers")]
    public IReadOnlyList<string>? Finalizers { get; set; }

    /// <summary>Deprecated cluster name; kept as sent.</summary>
    [JsonPropertyName("clusterName")]
    public string? ClusterName { get; set; }

    /// <summary>Deprecated initializers; accepted and kept as sent.</summary>
    [JsonPropertyName("initializers")]
    public Initializers? Initializers { get; set; }

    /// <summary>Field ownership records (server-side apply).</summary>
    [JsonPropertyName("managedFields")]
    public IReadOnlyList<ManagedFieldsEntry>? ManagedFields { get; set; }
}
