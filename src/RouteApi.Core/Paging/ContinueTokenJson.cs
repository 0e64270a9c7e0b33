using System.Globalization;
using System.Text;
using System.Text.Json;

namespace RouteApi.Core.Paging;

/// <summary>
/// The JSON body of a continue token, <c>{"v":…,"rv":…,"start":…}</c>, written as Go's
/// <c>json.Marshal</c> writes it and read as <c>json.Unmarshal</c> reads it into kube's
/// <c>continueToken</c> struct: keys matched case-insensitively, unknown keys and nulls ignored, and
/// Go's texts for syntax and type errors.
/// </summary>
internal static class ContinueTokenJson
{
    private const string StructName = "continueToken";

    public static byte[] Write(ContinueToken token)
    {
        var builder = new StringBuilder("{\"v\":\"").Append(ContinueToken.EncodedVersion).Append("\",\"rv\":");
        builder.Append(token.ResourceVersion.ToString(CultureInfo.InvariantCulture)).Append(",\"start\":");
        GoJsonString.Append(builder, token.StartKey ?? string.Empty);
        return Encoding.UTF8.GetBytes(builder.Append('}').ToString());
    }

    /// <summary>Reads the three fields; returns Go's error text, or null on success.</summary>
    public static string? TryRead(ReadOnlySpan<byte> json, out string version, out long resourceVersion, out string start)
    {
        version = start = string.Empty;
        resourceVersion = 0;
        var syntaxError = GoJsonScanner.Check(json);
        if (syntaxError is not null)
        {
            return syntaxError;
        }

        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 10_001 });
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return $"json: cannot unmarshal {Kind(reader.TokenType)} into Go value of type storage.{StructName}";
        }

        string? firstError = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = GoJsonString.Unquote(reader.ValueSpan);
            reader.Read();
            var error = ReadField(ref reader, name, ref version, ref resourceVersion, ref start);

            // Go keeps decoding after a type error and reports the first one.
            firstError ??= error;
            reader.Skip();
        }

        return firstError;
    }

    private static string? ReadField(ref Utf8JsonReader reader, string name, ref string version, ref long resourceVersion, ref string start)
    {
        var type = reader.TokenType;
        if (type == JsonTokenType.Null)
        {
            return null;
        }

        if (Is(name, "v"))
        {
            return ReadString(ref reader, "v", ref version);
        }

        if (Is(name, "start"))
        {
            return ReadString(ref reader, "start", ref start);
        }

        if (!Is(name, "rv"))
        {
            return null;
        }

        if (type != JsonTokenType.Number)
        {
            return FieldError(Kind(type), "rv", "int64");
        }

        // Go's strconv.ParseInt on the literal: "1e3", "1.0" and out-of-range numbers are type errors.
        return long.TryParse(reader.ValueSpan, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out resourceVersion)
            ? null
            : FieldError("number " + Encoding.UTF8.GetString(reader.ValueSpan), "rv", "int64");
    }

    private static string? ReadString(ref Utf8JsonReader reader, string field, ref string value)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            return FieldError(Kind(reader.TokenType), field, "string");
        }

        value = GoJsonString.Unquote(reader.ValueSpan);
        return null;
    }

    private static bool Is(string name, string field) => string.Equals(name, field, StringComparison.OrdinalIgnoreCase);

    private static string FieldError(string value, string field, string type) =>
        $"json: cannot unmarshal {value} into Go struct field {StructName}.{field} of type {type}";

    private static string Kind(JsonTokenType type) => type switch
    {
        JsonTokenType.String => "string",
        JsonTokenType.Number => "number",
        JsonTokenType.True or JsonTokenType.False => "bool",
        JsonTokenType.StartArray => "array",
        _ => "object",
    };
}
