using System.Text.Json.Serialization;

namespace RouteApi.Core.Model;

/// <summary>
/// The host or path a route exposes, its TLS settings, and the one to four services it points to.
/// </summary>
public sealed record RouteSpec
{
    /// <summary>Public DNS name (a DNS-1123 subdomain). Generated on create when empty; immutable afterwards.</summary>
    [JsonPropertyName("host")]
    public string? Host { get; set; }

    /// <summary>A name requested within the router's domain; ignored by routers when <see cref="Host"/> is set.</summary>
    [JsonPropertyName("subdomain")]
    public string? Subdomain { get; set; }

    /// <summary>Path the router matches; must begin with <c>/</c>.</summary>
    [JsonPropertyName("path")]
    public string? Path { get; set; }

    /// <summary>The primary backend; always written.</summary>
    [JsonPropertyName("to")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public RouteTargetReference To { get; set; } = new();

    /// <summary>Up to three additional weighted backends.</summary>
    [JsonPropertyName("alternateBackends")]
    public IReadOnlyList<RouteTargetReference>? AlternateBackends { get; set; }

    /// <summary>The target port on the service endpoints; all ports when absent.</summary>
    [JsonPropertyName("port")]
    public RoutePort? Port { get; set; }

    /// <summary>TLS termination and certificates.</summary>
    [JsonPropertyName("tls")]
    public TlsConfig? Tls { get; set; }

    /// <summary><c>None</c> (the default) or <c>Subdomain</c>; immutable.</summary>
    [JsonPropertyName("wildcardPolicy")]
    public string? WildcardPolicy { get; set; }

    /// <summary>Header actions applied by the router (not with passthrough).</summary>
    [JsonPropertyName("httpHeaders")]
    public RouteHttpHeaders? HttpHeaders { get; set; }
}
