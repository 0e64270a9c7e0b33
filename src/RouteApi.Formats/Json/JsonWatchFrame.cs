using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace RouteApi.Formats.Json;

/// <summary>
/// One line of a JSON watch stream, as kube-apiserver writes it: a compact
/// <c>{"type":"ADDED","object":{…}}</c> followed by <c>\n</c>. The object arrives already encoded
/// (compact, by <see cref="KubernetesJson"/>), so one encoding of a change serves every watcher.
/// </summary>
public static class JsonWatchFrame
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes one event line.</summary>
    /// <param name="type"><c>ADDED</c>, <c>MODIFIED</c>, <c>DELETED</c>, <c>BOOKMARK</c> or <c>ERROR</c>.</param>
    /// <param name="objectJson">The object as compact JSON (a trailing newline is dropped).</param>
    /// <param name="output">Where the line goes.</param>
    public static void Write(string type, ReadOnlySpan<byte> objectJson, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(output);
        if (objectJson.EndsWith("\n"u8))
        {
            objectJson = objectJson[..^1];
        }

        using (var writer = new Utf8JsonWriter(output, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("type", type);
            writer.WritePropertyName("object");
            writer.WriteRawValue(objectJson, skipInputValidation: true);
            writer.WriteEndObject();
        }

        output.Write("\n"u8);
    }
}
