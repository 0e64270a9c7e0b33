using System.Text.Json.Serialization;
using RouteApi.Core.Model;

namespace RouteApi.Formats.Json;

/// <summary>
/// The source-generated System.Text.Json metadata for every wire type. Use it through
/// <see cref="KubernetesJson"/>, which adds the Kubernetes omit-empty rules.
/// </summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    MaxDepth = KubernetesJson.MaxDepth,
    Converters = [typeof(KubernetesTimeConverter), typeof(IntOrStringConverter), typeof(StringMapConverter), typeof(FieldsV1Converter)])]
[JsonSerializable(typeof(Route))]
[JsonSerializable(typeof(RouteList))]
[JsonSerializable(typeof(Status))]
[JsonSerializable(typeof(DeleteOptions))]
[JsonSerializable(typeof(Table))]
[JsonSerializable(typeof(PartialObjectMetadata))]
[JsonSerializable(typeof(APIVersions))]
[JsonSerializable(typeof(APIGroupList))]
[JsonSerializable(typeof(APIGroup))]
[JsonSerializable(typeof(APIResourceList))]
[JsonSerializable(typeof(APIGroupDiscoveryList))]
[JsonSerializable(typeof(VersionInfo))]
internal sealed partial class KubernetesJsonContext : JsonSerializerContext;
