using System.Text.Json.Serialization;

namespace RouteApi.Core.Model;

/// <summary>Kubernetes <c>metav1.APIResourceList</c>: the resources of one group version (<c>GET /apis/&lt;group&gt;/&lt;version&gt;</c>).</summary>
public sealed record APIResourceList
{
    /// <summary><c>APIResourceList</c>.</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; set; } = "APIResourceList";

    /// <summary><c>v1</c>.</summary>
    [JsonPropertyName("apiVersion")]
    public string? ApiVersion { get; set; } = "v1";

    /// <summary>The group version described, for example <c>route.openshift.io/v1</c> (or <c>v1</c> for <c>/oapi/v1</c>).</summary>
    [JsonPropertyName("groupVersion")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string GroupVersion { get; set; } = string.Empty;

    /// <summary>One entry per resource and per subresource.</summary>
    [JsonPropertyName("resources")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public IReadOnlyList<APIResource> Resources { get; set; } = [];
}
