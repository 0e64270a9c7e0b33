using System.Text.Json.Serialization;

namespace RouteApi.Core.Model;

/// <summary>A list of routes. <c>items</c> is always written, as <c>[]</c> when empty; items carry no kind or apiVersion.</summary>
public sealed record RouteList
{
    /// <summary><c>RouteList</c>.</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    /// <summary>The apiVersion of the path the list was read from.</summary>
    [JsonPropertyName("apiVersion")]
    public string? ApiVersion { get; set; }

    /// <summary>The revision the list was read at and the continue token.</summary>
    [JsonPropertyName("metadata")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public ListMeta Metadata { get; set; } = new();

    /// <summary>The routes, ordered by namespace and name.</summary>
    [JsonPropertyName("items")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public IReadOnlyList<Route> Items { get; set; } = [];
}
