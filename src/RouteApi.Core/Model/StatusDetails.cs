using System.Text.Json.Serialization;

namespace RouteApi.Core.Model;

/// <summary>Kubernetes <c>metav1.StatusDetails</c>.</summary>
public sealed record StatusDetails
{
    /// <summary>Name of the object concerned.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }

    /// <summary>API group of the object.</summary>
    [JsonPropertyName("group")]
    public string? Group { get; set; }

    /// <summary>The resource (for NotFound, Conflict, delete) or the kind (for Invalid).</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    /// <summary>UID of the object, when known.</summary>
    [JsonPropertyName("uid")]
    public string? Uid { get; set; }

    /// <summary>Field-level causes (for Invalid).</summary>
    [JsonPropertyName("causes")]
    public IReadOnlyList<StatusCause>? Causes { get; set; }

    /// <summary>Seconds the client should wait before retrying; sets <c>Retry-After</c>.</summary>
    [JsonPropertyName("retryAfterSeconds")]
    public int RetryAfterSeconds { get; set; }
}
