using System.Text.Json.Serialization;

namespace RouteApi.Core.Model;

/// <summary>Where a route is exposed: one <see cref="RouteIngress"/> per router.</summary>
public sealed record RouteStatus
{
    /// <summary>One entry per router, keyed by <c>routerName</c>; may hold duplicates.</summary>
    [JsonPropertyName("ingress")]
    public IReadOnlyList<RouteIngress>? Ingress { get; set; }
}
