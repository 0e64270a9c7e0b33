using System.Text.Json.Serialization;

namespace RouteApi.Core.Model;

/// <summary>Header actions a router applies to requests and responses of a route.</summary>
public sealed record RouteHttpHeaders
{
    /// <summary>The actions; always written.</summary>
    [JsonPropertyName("actions")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public RouteHttpHeaderActions Actions { get; set; } = new();
}
