using System.Text.Json.Serialization;

namespace RouteApi.Core.Model;

/// <summary>A condition of a route under one router. <c>type</c> and <c>status</c> are always written.</summary>
public sealed record RouteIngressCondition
{
    /// <summary><c>Admitted</c> or <c>UnservableInFutureVersions</c>.</summary>
    [JsonPropertyName("type")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string Type { get; set; } = string.Empty;

    /// <summary><c>True</c>, <c>False</c> or <c>Unknown</c>.</summary>
    [JsonPropertyName("status")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string Status { get; set; } = string.Empty;

    /// <summary>Machine-readable reason, for example <c>HostAlreadyClaimed</c>.</summary>
    [JsonPropertyName("reason")]
    public string? Reason { get; set; }

    /// <summary>Human-readable message.</summary>
    [JsonPropertyName("message")]
    public string? Message { get; set; }

    /// <summary>When the condition last changed (RFC 3339, whole seconds).</summary>
    [JsonPropertyName("lastTransitionTime")]
    public DateTimeOffset? LastTransitionTime { get; set; }
}
