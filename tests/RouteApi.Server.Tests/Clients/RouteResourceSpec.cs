using System.Text.Json.Serialization;

namespace RouteApi.Server.Tests.Clients;

/// <summary>The part of a route's spec the KubernetesClient tests set and read.</summary>
public sealed class RouteResourceSpec
{
    [JsonPropertyName("host")]
    public string? Host { get; set; }

    [JsonPropertyName("path")]
    public string? Path { get; set; }

    [JsonPropertyName("to")]
    public RouteResourceTarget To { get; set; } = new();
}
