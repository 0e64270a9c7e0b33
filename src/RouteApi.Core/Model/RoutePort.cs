using System.Text.Json.Serialization;

namespace RouteApi.Core.Model;

/// <summary>The port a router uses on the service endpoints.</summary>
public sealed record RoutePort
{
    /// <summary>A port number or a named port; 0 and <c>""</c> are rejected.</summary>
    [JsonPropertyName("targetPort")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public IntOrString TargetPort { get; set; }
}
