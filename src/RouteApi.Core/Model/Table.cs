using System.Text.Json.Serialization;

namespace RouteApi.Core.Model;

/// <summary>
/// Kubernetes <c>metav1.Table</c> (<c>meta.k8s.io/v1</c> or <c>v1beta1</c>): rows of printable cells
/// for <c>kubectl get</c>. The list metadata carries the resourceVersion (and continue token) of
/// what was read. <c>columnDefinitions</c> and <c>rows</c> are always written; in a watch,
/// <c>columnDefinitions</c> is <c>null</c> on every event after the first.
/// </summary>
public sealed record Table
{
    /// <summary><c>Table</c>.</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; set; } = "Table";

    /// <summary><c>meta.k8s.io/v1</c> or <c>meta.k8s.io/v1beta1</c>, as requested.</summary>
    [JsonPropertyName("apiVersion")]
    public string? ApiVersion { get; set; }

    /// <summary>resourceVersion, continue and remainingItemCount of the converted list or object.</summary>
    [JsonPropertyName("metadata")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public ListMeta Metadata { get; set; } = new();

    /// <summary>The columns, in cell order; null when headers are suppressed.</summary>
    [JsonPropertyName("columnDefinitions")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public IReadOnlyList<TableColumnDefinition>? ColumnDefinitions { get; set; }

    /// <summary>One row per object.</summary>
    [JsonPropertyName("rows")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public IReadOnlyList<TableRow> Rows { get; set; } = [];
}
