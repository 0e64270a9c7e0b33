using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace RouteApi.Server.Tests.Clients;

/// <summary>A RouteList as the generic client reads it.</summary>
public sealed class RouteResourceList : IKubernetesObject<V1ListMeta>, IItems<RouteResource>
{
    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; } = "route.openshift.io/v1";

    [JsonPropertyName("kind")]
    public string Kind { get; set; } = "RouteList";

    [JsonPropertyName("metadata")]
    public V1ListMeta Metadata { get; set; } = new();

    [JsonPropertyName("items")]
    public IList<RouteResource> Items { get; set; } = [];
}
