using System.Text.Json.Serialization;

namespace RouteApi.Core.Model;

/// <summary>A reference to an object in the same namespace.</summary>
public sealed record LocalObjectReference
{
    /// <summary>Name of the referenced object.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; set; }
}
