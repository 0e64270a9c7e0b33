using System.Text.Json.Serialization;

namespace RouteApi.Core.Model;

/// <summary>
/// Kubernetes <c>metav1.Status</c>: the body of every error response (<c>status: Failure</c>) and of
/// a successful immediate delete (<c>status: Success</c>). <c>apiVersion</c> is always <c>v1</c>,
/// on every path, and <c>metadata</c> is always written.
/// </summary>
public sealed record Status
{
    /// <summary><c>Status</c>.</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; set; } = "Status";

    /// <summary><c>v1</c>.</summary>
    [JsonPropertyName("apiVersion")]
    public string? ApiVersion { get; set; } = "v1";

    /// <summary>Normally empty.</summary>
    [JsonPropertyName("metadata")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public ListMeta Metadata { get; set; } = new();

    /// <summary><c>Success</c> or <c>Failure</c>.</summary>
    [JsonPropertyName("status")]
    public string? Result { get; set; }

    /// <summary>Human-readable description.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>Machine-readable reason such as <c>NotFound</c> or <c>Invalid</c>.</summary>
    [JsonPropertyName("reason")]
    public string? Reason { get; set; }

    /// <summary>The object the status is about, and field causes.</summary>
    [JsonPropertyName("details")]
    public StatusDetails? Details { get; set; }

    /// <summary>The HTTP status code.</summary>
    [JsonPropertyName("code")]
    public int Code { get; set; }
}
