using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using RouteApi.Core.Buffers;

namespace RouteApi.Formats.Json;

/// <summary>
/// Kubernetes JSON: the wire model written exactly as kube-apiserver writes it (omit-empty rules,
/// RFC 3339 second-precision times, compact output ending with a newline, or pretty output with two
/// spaces and no trailing newline) and read leniently as kube does (unknown fields ignored, and
/// property names matched case-sensitively as sigs.k8s.io/json <c>UnmarshalCaseSensitivePreserveInts</c>
/// does, so <c>"Spec"</c> is dropped rather than read as <c>spec</c>). <see cref="StrictFieldChecker"/>
/// reports what this leniency drops. Nesting deeper than <see cref="MaxDepth"/> levels is rejected.
/// </summary>
public static class KubernetesJson
{
    /// <summary>The deepest nesting accepted in a request body.</summary>
    public const int MaxDepth = 100;

    private static readonly byte[] Newline = "\n"u8.ToArray();

    /// <summary>Compact output options.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions(indented: false);

    /// <summary>Indented output options (<c>?pretty=true</c>).</summary>
    public static JsonSerializerOptions PrettyOptions { get; } = CreateOptions(indented: true);

    /// <summary>Writes <paramref name="value"/>; compact output ends with <c>\n</c>, as Go's encoder does.</summary>
    public static void Serialize<T>(T value, IBufferWriter<byte> output, bool pretty = false)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions
        {
            Indented = pretty,
            IndentSize = 2,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            MaxDepth = MaxDepth,
        });
        JsonSerializer.Serialize(writer, value, TypeInfo<T>(pretty));
        writer.Flush();
        if (!pretty)
        {
            output.Write(Newline);
        }
    }

    /// <summary>Writes <paramref name="value"/> to a new array (see <see cref="Serialize{T}(T, IBufferWriter{byte}, bool)"/>).</summary>
    public static byte[] SerializeToBytes<T>(T value, bool pretty = false)
    {
        using var buffer = new PooledBufferWriter();
        Serialize(value, buffer, pretty);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes <paramref name="value"/> as compact JSON without the trailing newline (for storage).</summary>
    public static byte[] SerializeCompact<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, TypeInfo<T>(pretty: false));

    /// <summary>Reads a <typeparamref name="T"/> from UTF-8 JSON.</summary>
    /// <exception cref="FormatDecodeException">The body is not valid JSON for <typeparamref name="T"/>.</exception>
    public static T Deserialize<T>(ReadOnlySpan<byte> utf8)
    {
        try
        {
            return JsonSerializer.Deserialize(utf8, TypeInfo<T>(pretty: false))
                ?? throw new FormatDecodeException("json: the body is null");
        }
        catch (JsonException e)
        {
            throw new FormatDecodeException(Describe(e), e);
        }
        catch (Exception e) when (e is InvalidOperationException or DecoderFallbackException or ArgumentException)
        {
            throw new FormatDecodeException("json: " + e.Message, e);
        }
    }

    private static JsonTypeInfo<T> TypeInfo<T>(bool pretty) => pretty ? TypeInfos<T>.Pretty : TypeInfos<T>.Compact;

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions(KubernetesJsonContext.Default.Options)
        {
            TypeInfoResolver = KubernetesJsonContext.Default.WithAddedModifier(OmitEmptyConvention.Apply),
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = indented,
            IndentSize = 2,
        };
        options.MakeReadOnly();
        return options;
    }

    // STJ messages end with ". Path: $.spec.to | LineNumber: 0 | BytePositionInLine: 20."; we keep the
    // reason and report the field path and position the way a user reads them.
    internal static string Describe(JsonException e) => Describe(e, withPosition: true);

    // withPosition false: for a body that was converted to JSON (YAML), whose JSON line and column
    // would point nowhere the client can see.
    internal static string Describe(JsonException e, bool withPosition)
    {
        var reason = e.Message;
        var cut = reason.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }

        reason = (cut >= 0 ? reason[..cut] : reason).TrimEnd('.', ' ').Replace("RouteApi.Core.Model.", "v1.", StringComparison.Ordinal);
        var path = e.Path is { Length: > 1 } p ? p.TrimStart('$', '.') : null;
        if (!withPosition)
        {
            return path is null ? $"json: {reason}" : $"json: {reason} (field \"{path}\")";
        }

        var where = $"line {(e.LineNumber ?? 0) + 1}, column {(e.BytePositionInLine ?? 0) + 1}";
        return path is null ? $"json: {reason} ({where})" : $"json: {reason} (field \"{path}\", {where})";
    }

    // Options.GetTypeInfo is a cache lookup plus checks on every call; a static per type is a field read.
    private static class TypeInfos<T>
    {
        public static readonly JsonTypeInfo<T> Compact = (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

        public static readonly JsonTypeInfo<T> Pretty = (JsonTypeInfo<T>)PrettyOptions.GetTypeInfo(typeof(T));
    }
}
