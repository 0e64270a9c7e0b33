using System.Text.Json.Serialization;

namespace RouteApi.Core.Model;

/// <summary>
/// Kubernetes <c>metav1.TableRow</c>: the cells of one object (every route column is a string) and,
/// as <c>includeObject</c> asks, the object itself, its <see cref="PartialObjectMetadata"/>, or
/// <c>null</c>.
/// </summary>
public sealed record TableRow
{
    /// <summary>One value per column.</summary>
    [JsonPropertyName("cells")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public IReadOnlyList<string> Cells { get; set; } = [];

    /// <summary>The row's object: a <see cref="Route"/>, a <see cref="PartialObjectMetadata"/> or null.</summary>
    [JsonPropertyName("object")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public object? EmbeddedObject { get; set; }
}
