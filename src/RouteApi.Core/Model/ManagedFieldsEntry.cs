using System.Text.Json;
using System.Text.Json.Serialization;

namespace RouteApi.Core.Model;

/// <summary>Kubernetes <c>metav1.ManagedFieldsEntry</c>: the fields one manager owns. Every field is omitted when empty.</summary>
public sealed record ManagedFieldsEntry
{
    /// <summary>Name of the field manager.</summary>
    [JsonPropertyName("manager")]
    public string? Manager { get; init; }

    /// <summary><c>Apply</c> or <c>Update</c>.</summary>
    [JsonPropertyName("operation")]
    public string? Operation { get; init; }

    /// <summary>API version the fields were written in.</summary>
    [JsonPropertyName("apiVersion")]
    public string? ApiVersion { get; init; }

    /// <summary>Time of the last change by this manager.</summary>
    [JsonPropertyName("time")]
    public DateTimeOffset? Time { get; init; }

    /// <summary>Format of <see cref="FieldsV1"/>; only <c>FieldsV1</c>.</summary>
    [JsonPropertyName("fieldsType")]
    public string? FieldsType { get; init; }

    /// <summary>The owned field set, as nested JSON.</summary>
    [JsonPropertyName("fieldsV1")]
    public JsonElement? FieldsV1 { get; init; }

    /// <summary>Subresource the fields were written through, for example <c>status</c>.</summary>
    [JsonPropertyName("subresource")]
    public string? Subresource { get; init; }
}
