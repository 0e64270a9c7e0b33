using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace RouteApi.Server.Tests.Clients;

/// <summary>A route as a KubernetesClient user declares it for the generic client: only the fields the tests use.</summary>
public sealed class RouteResource : IKubernetesObject<V1ObjectMeta>
{
    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = "route.openshift.io/v1";

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = "Route";

    [JsonPropertyName("metadata")]
    public V1ObjectMeta Metadata { get; set; } = new();

    [JsonPropertyName("spec")]
    public RouteResourceSpec Spec { get; set; } = new();
}
