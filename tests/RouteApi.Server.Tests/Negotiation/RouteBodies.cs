using System.Buffers;
using System.Text;
using System.Text.Json.Nodes;
using RouteApi.Core.Model;
using RouteApi.Formats.Json;
using RouteApi.Formats.Protobuf;
using RouteApi.Formats.Yaml;

namespace RouteApi.Server.Tests.Negotiation;

/// <summary>Route request bodies in each encoding, built from one JSON object, and the comparison of stored routes.</summary>
internal static class RouteBodies
{
    /// <summary>The shared example manifest (testdata/examples) with the apiVersion of <paramref name="prefix"/> and namespace <paramref name="ns"/>.</summary>
    public static JsonObject Example(string example, string prefix, string ns)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "testdata", "examples", example + ".json");
        var manifest = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        manifest["apiVersion"] = ApiPrefixes.ApiVersionOf(prefix);
        manifest["metadata"]!["namespace"] = ns;
        return manifest;
    }

    /// <summary>
    /// <paramref name="route"/> encoded as <paramref name="mediaType"/>: the JSON text, that JSON written
    /// as YAML, or the Route read from it in its protobuf envelope (kind and apiVersion as the JSON has them).
    /// </summary>
    public static byte[] Encode(JsonObject route, string mediaType) => Encode<Route>(route, mediaType);

    /// <summary>As <see cref="Encode(JsonObject, string)"/> for any object with a protobuf form (Route, DeleteOptions).</summary>
    public static byte[] Encode<T>(JsonObject value, string mediaType)
        where T : class
    {
        var json = Encoding.UTF8.GetBytes(value.ToJsonString());
        switch (mediaType)
        {
            case MediaTypes.Yaml:
                var yaml = new ArrayBufferWriter<byte>();
                KubernetesYaml.FromJson(json, yaml);
                return yaml.WrittenSpan.ToArray();
            case MediaTypes.Protobuf:
                return KubernetesProtobuf.SerializeToBytes(KubernetesJson.Deserialize<T>(json));
            default:
                return json;
        }
    }

    /// <summary>
    /// A stored route without what differs between two creations of the same manifest (uid,
    /// creationTimestamp, resourceVersion, namespace), so routes written in different encodings compare equal.
    /// </summary>
    public static string Comparable(string routeJson)
    {
        var route = JsonNode.Parse(routeJson)!.AsObject();
        var metadata = route["metadata"]!.AsObject();
        foreach (var field in new[] { "uid", "creationTimestamp", "resourceVersion", "namespace" })
        {
            Assert.True(metadata.Remove(field), $"no metadata.{field} in {routeJson}");
        }

        return route.ToJsonString();
    }
}
