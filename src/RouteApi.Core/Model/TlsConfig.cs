using System.Text.Json.Serialization;

namespace RouteApi.Core.Model;

/// <summary>
/// TLS settings of a route. <c>termination</c> is always written and defaults to <c>edge</c> when it
/// and <c>destinationCACertificate</c> are both empty.
/// </summary>
public sealed record TlsConfig
{
    /// <summary><c>edge</c>, <c>passthrough</c> or <c>reencrypt</c>.</summary>
    [JsonPropertyName("termination")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string Termination { get; set; } = string.Empty;

    /// <summary>PEM serving certificate.</summary>
    [JsonPropertyName("certificate")]
    public string? Certificate { get; set; }

    /// <summary>PEM private key.</summary>
    [JsonPropertyName("key")]
    public string? Key { get; set; }

    /// <summary>PEM CA chain.</summary>
    [JsonPropertyName("caCertificate")]
    public string? CaCertificate { get; set; }

    /// <summary>PEM CA of the backend; only for <c>reencrypt</c>.</summary>
    [JsonPropertyName("destinationCACertificate")]
    public string? DestinationCaCertificate { get; set; }

    /// <summary><c>None</c>, <c>Allow</c>, <c>Redirect</c> or empty.</summary>
    [JsonPropertyName("insecureEdgeTerminationPolicy")]
    public string? InsecureEdgeTerminationPolicy { get; set; }

    /// <summary>A <c>kubernetes.io/tls</c> secret in the route's namespace holding the certificate.</summary>
    [JsonPropertyName("externalCertificate")]
    public LocalObjectReference? ExternalCertificate { get; set; }
}
