using System.Text.Json.Serialization;

namespace RouteApi.Core.Model;

/// <summary>Kubernetes <c>metav1.StatusCause</c>: one field error.</summary>
public sealed record StatusCause
{
    /// <summary>The cause type, such as <c>FieldValueInvalid</c>.</summary>
    [JsonPropertyName("reason")]
    public string? Reason { get; set; }

    /// <summary>The error body without the field path.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>The field path, such as <c>spec.host</c>.</summary>
    [JsonPropertyName("field")]
    public string? Field { get; set; }
}
