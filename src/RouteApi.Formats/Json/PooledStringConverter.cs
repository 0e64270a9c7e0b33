using System.Text.Json;
using System.Text.Json.Serialization;

namespace RouteApi.Formats.Json;

/// <summary>Reads a low-cardinality string property through <see cref="StringPool"/>; writes it as usual.</summary>
/// <param name="nullAsEmpty">Whether JSON <c>null</c> reads as <c>""</c> (a non-nullable property, Go's zero value).</param>
internal sealed class PooledStringConverter(bool nullAsEmpty) : JsonConverter<string>
{
    public override bool HandleNull => nullAsEmpty;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => StringPool.Read(ref reader),
        JsonTokenType.Null => nullAsEmpty ? string.Empty : null,
        // Anything else fails exactly as it does without the pool.
        _ => ((JsonConverter<string>)JsonSerializerOptions.Default.GetConverter(typeof(string))).Read(ref reader, typeToConvert, options),
    };

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
