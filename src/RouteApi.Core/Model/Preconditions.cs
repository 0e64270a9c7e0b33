using System.Text.Json.Serialization;

namespace RouteApi.Core.Model;

/// <summary>Delete preconditions: the stored uid and resourceVersion must match.</summary>
public sealed record Preconditions
{
    /// <summary>Expected uid.</summary>
    [JsonPropertyName("uid")]
    public string? Uid { get; set; }

    /// <summary>Expected resourceVersion.</summary>
    [JsonPropertyName("resourceVersion")]
    public string? ResourceVersion { get; set; }
}
