using System.Text.Json.Serialization;

namespace RouteApi.Core.Model;

/// <summary>Kubernetes <c>version.Info</c>: the answer of <c>GET /version</c>. Every field is always written.</summary>
public sealed record VersionInfo
{
    /// <summary>The Kubernetes major version whose API this server follows.</summary>
    [JsonPropertyName("major")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string Major { get; set; } = string.Empty;

    /// <summary>The Kubernetes minor version whose API this server follows.</summary>
    [JsonPropertyName("minor")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string Minor { get; set; } = string.Empty;

    /// <summary>A semantic version, <c>v1.32.0+routeapi-…</c>.</summary>
    [JsonPropertyName("gitVersion")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string GitVersion { get; set; } = string.Empty;

    /// <summary>The source commit of the build, when known.</summary>
    [JsonPropertyName("gitCommit")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string GitCommit { get; set; } = string.Empty;

    /// <summary><c>clean</c> or <c>dirty</c>, when known.</summary>
    [JsonPropertyName("gitTreeState")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string GitTreeState { get; set; } = string.Empty;

    /// <summary>RFC 3339 build time.</summary>
    [JsonPropertyName("buildDate")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string BuildDate { get; set; } = string.Empty;

    /// <summary>The runtime that runs the server (here .NET, not Go).</summary>
    [JsonPropertyName("goVersion")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string GoVersion { get; set; } = string.Empty;

    /// <summary>The compiler that built the server.</summary>
    [JsonPropertyName("compiler")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string Compiler { get; set; } = string.Empty;

    /// <summary><c>os/arch</c>, for example <c>linux/amd64</c>.</summary>
    [JsonPropertyName("platform")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string Platform { get; set; } = string.Empty;
}
