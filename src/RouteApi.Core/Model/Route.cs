using System.Text.Json.Serialization;

namespace RouteApi.Core.Model;

/// <summary>
/// An OpenShift Route (<c>route.openshift.io/v1</c>, legacy <c>v1</c>): exposes a service through a
/// router under a public host. <c>spec</c> is required; <c>status</c> is owned by routers and is
/// written through the <c>status</c> subresource only. Once created, <c>spec.host</c> may not be
/// changed; when several routes claim one host, the oldest wins.
/// </summary>
public sealed record Route
{
    /// <summary>Always <c>Route</c> on the way out; on the way in empty or <c>Route</c>.</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    /// <summary><c>route.openshift.io/v1</c> on the group path, <c>v1</c> on the legacy <c>/oapi/v1</c> path.</summary>
    [JsonPropertyName("apiVersion")]
    public string? ApiVersion { get; set; }

    /// <summary>Standard object metadata.</summary>
    [JsonPropertyName("metadata")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public ObjectMeta Metadata { get; set; } = new();

    /// <summary>The desired state of the route.</summary>
    [JsonPropertyName("spec")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public RouteSpec Spec { get; set; } = new();

    /// <summary>The state reported by routers; always written, as <c>{}</c> when empty.</summary>
    [JsonPropertyName("status")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public RouteStatus Status { get; set; } = new();
}
