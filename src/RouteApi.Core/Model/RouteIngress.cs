using System.Text.Json.Serialization;

namespace RouteApi.Core.Model;

/// <summary>The state of a route under one router.</summary>
public sealed record RouteIngress
{
    /// <summary>The host the router exposes the route under.</summary>
    [JsonPropertyName("host")]
    public string? Host { get; set; }

    /// <summary>The router's name.</summary>
    [JsonPropertyName("routerName")]
    public string? RouterName { get; set; }

    /// <summary>Conditions, keyed by <c>type</c> (<c>Admitted</c>).</summary>
    [JsonPropertyName("conditions")]
    public IReadOnlyList<RouteIngressCondition>? Conditions { get; set; }

    /// <summary>The wildcard policy the router allowed; defaulted to <c>None</c>.</summary>
    [JsonPropertyName("wildcardPolicy")]
    public string? WildcardPolicy { get; set; }

    /// <summary>A CNAME target for the route's host.</summary>
    [JsonPropertyName("routerCanonicalHostname")]
    public string? RouterCanonicalHostname { get; set; }
}
