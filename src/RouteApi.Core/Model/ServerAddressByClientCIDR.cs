using System.Text.Json.Serialization;

namespace RouteApi.Core.Model;

/// <summary>Kubernetes <c>metav1.ServerAddressByClientCIDR</c>: the address clients in one network should use.</summary>
public sealed record ServerAddressByClientCIDR
{
    /// <summary>The client network, for example <c>0.0.0.0/0</c>.</summary>
    [JsonPropertyName("clientCIDR")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string ClientCIDR { get; set; } = string.Empty;

    /// <summary><c>host:port</c> of the server for that network.</summary>
    [JsonPropertyName("serverAddress")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string ServerAddress { get; set; } = string.Empty;
}
