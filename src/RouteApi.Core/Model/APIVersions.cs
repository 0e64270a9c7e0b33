using System.Text.Json.Serialization;

namespace RouteApi.Core.Model;

/// <summary>
/// Kubernetes <c>metav1.APIVersions</c>: the answer of <c>GET /api</c> (the legacy core group's
/// versions) and of the OpenShift 3 <c>GET /oapi</c>. Both fields are always written.
/// </summary>
public sealed record APIVersions
{
    /// <summary><c>APIVersions</c>.</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; set; } = "APIVersions";

    /// <summary>The versions served under the path (for example <c>v1</c>); may be empty.</summary>
    [JsonPropertyName("versions")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public IReadOnlyList<string> Versions { get; set; } = [];

    /// <summary>Where clients in each network reach the server.</summary>
    [JsonPropertyName("serverAddressByClientCIDRs")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public IReadOnlyList<ServerAddressByClientCIDR> ServerAddressByClientCIDRs { get; set; } = [];
}
