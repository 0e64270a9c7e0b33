using System.Text.Json.Serialization;

namespace RouteApi.Server.Tests.Clients;

/// <summary>A route's <c>spec.to</c>: the service it sends traffic to.</summary>
public sealed class RouteResourceTarget
{
    [JsonPropertyName("kind")]
    public string Kind { get; set; } = "Service";

    [JsonPropertyName("name")]
    public string Name { get; set; } = string.Empty;
}
