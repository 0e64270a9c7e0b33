using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using RouteApi.Formats.Json;

namespace RouteApi.Formats.Yaml;

/// <summary>
/// Kubernetes YAML (<c>application/yaml</c>), built on <see cref="KubernetesJson"/> the way
/// kube-apiserver builds it on its JSON serializer: an object is written to JSON and the JSON to
/// YAML, and YAML is read by converting it to JSON and reading that. Field names, omitted fields
/// and value forms are therefore exactly the JSON ones, and a YAML document reads back to the same
/// object as its JSON. Output follows go-yaml v2 as <c>kubectl get -o yaml</c> shows it (sorted
/// keys, quoted strings that look like numbers, booleans, null or times, literal blocks for PEM).
/// </summary>
public static class KubernetesYaml
{
    /// <summary>The media type of a YAML body.</summary>
    public const string MediaType = "application/yaml";

    /// <summary>Writes <paramref name="value"/> as one YAML document (no <c>---</c>, ending with a newline).</summary>
    /// <typeparam name="T">A wire type of <see cref="KubernetesJson"/>: Route, RouteList, Status or DeleteOptions.</typeparam>
    public static void Serialize<T>(T value, IBufferWriter<byte> output) =>
        FromJson(KubernetesJson.SerializeCompact(value), output);

    /// <summary>Writes <paramref name="value"/> to a new array (see <see cref="Serialize{T}(T, IBufferWriter{byte})"/>).</summary>
    /// <typeparam name="T">Route, RouteList, Status or DeleteOptions.</typeparam>
    public static byte[] SerializeToBytes<T>(T value)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        Serialize(value, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Reads a <typeparamref name="T"/> from one YAML document whose root is a mapping.</summary>
    /// <typeparam name="T">Route, RouteList, Status or DeleteOptions.</typeparam>
    /// <exception cref="FormatDecodeException">The body is not YAML, not one mapping document, or not a valid <typeparamref name="T"/>.</exception>
    public static T Deserialize<T>(ReadOnlySpan<byte> utf8Yaml)
    {
        var json = new ArrayBufferWriter<byte>(Math.Max(256, utf8Yaml.Length + (utf8Yaml.Length / 2)));
        ConvertToJson(utf8Yaml, json);
        try
        {
            return KubernetesJson.Deserialize<T>(json.WrittenSpan);
        }
        catch (FormatDecodeException e) when (e.InnerException is JsonException inner)
        {
            throw new FormatDecodeException(KubernetesJson.Describe(inner, withPosition: false), inner);
        }
    }

    /// <summary>
    /// Converts one YAML document (root: a mapping) to compact JSON, keeping repeated keys so that
    /// <see cref="StrictFieldChecker"/> can report them; use it for strict field validation of YAML
    /// bodies and for YAML-encoded merge and strategic-merge patches.
    /// </summary>
    /// <exception cref="FormatDecodeException">The body is not YAML, holds no or several documents, or its root is not a mapping.</exception>
    public static void ConvertToJson(ReadOnlySpan<byte> utf8Yaml, IBufferWriter<byte> utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        YamlToJsonConverter.Convert(utf8Yaml, utf8Json);
    }

    /// <summary>Converts one YAML document to compact JSON in a new array (see <see cref="ConvertToJson(ReadOnlySpan{byte}, IBufferWriter{byte})"/>).</summary>
    /// <exception cref="FormatDecodeException">The body is not YAML, holds no or several documents, or its root is not a mapping.</exception>
    public static byte[] ConvertToJson(ReadOnlySpan<byte> utf8Yaml)
    {
        var json = new ArrayBufferWriter<byte>(Math.Max(256, utf8Yaml.Length + (utf8Yaml.Length / 2)));
        ConvertToJson(utf8Yaml, json);
        return json.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Reads one YAML document as a <see cref="JsonObject"/>, for patch bodies sent as YAML; a
    /// repeated key keeps its last value, as sigs.k8s.io/yaml's conversion does.
    /// </summary>
    /// <exception cref="FormatDecodeException">The body is not YAML, holds no or several documents, or its root is not a mapping.</exception>
    public static JsonObject ToJsonNode(ReadOnlySpan<byte> utf8Yaml)
    {
        var json = ConvertToJson(utf8Yaml);
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = KubernetesJson.MaxDepth });
        return JsonLastWins.ReadObject(ref reader);
    }

    /// <summary>Writes any JSON document as YAML, in the same style as <see cref="Serialize{T}(T, IBufferWriter{byte})"/>.</summary>
    /// <exception cref="JsonException"><paramref name="utf8Json"/> is not valid JSON.</exception>
    public static void FromJson(ReadOnlySpan<byte> utf8Json, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = KubernetesJson.MaxDepth });
        using var document = JsonDocument.ParseValue(ref reader);
        using var text = new Utf8BufferTextWriter(output);
        JsonToYamlWriter.Write(document.RootElement, text);
    }
}
