using System.Text.Json.Serialization;

namespace RouteApi.Core.Model;

/// <summary>Kubernetes <c>metav1.ManagedFieldsEntry</c>: the fields one manager owns. Every field is omitted when empty.</summary>
public sealed record ManagedFieldsEntry
{
    /// <summary>Name of the field manager.</summary>
    [JsonPropertyName("manager")]
    public string? Manager { get; set; }

    /// <summary><c>Apply</c> or <c>Update</c>.</summary>
    [JsonPropertyName("operation")]
    public string? Operation { get; set; }

    /// <summary>API version the fields were written in.</summary>
    [JsonPropertyName("apiVersion")]
    public string? ApiVersion { get; set; }

    /// <summary>Time of the last change by this manager.</summary>
    [JsonPropertyName("time")]
    public DateTimeOffset? Time { get; set; }

    /// <summary>Format of <see cref="FieldsV1"/>; only <c>FieldsV1</c>.</summary>
    [JsonPropertyName("fieldsType")]
    public string? FieldsType { get; set; }

    /// <summary>The owned field set, as nested JSON (any JSON value is kept as sent).</summary>
    [JsonPropertyName("fieldsV1")]
    public FieldsV1? FieldsV1 { get; set; }

    /// <summary>Subresource the fields were written through, for example <c>status</c>.</summary>
    [JsonPropertyName("subresource")]
    public string? Subresource { get; set; }
}
