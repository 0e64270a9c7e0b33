using System.Text.Json;
using System.Text.Json.Serialization;

namespace RouteApi.Formats.Json;

/// <summary>
/// String maps (labels, annotations) as Go writes them: keys in sorted (ordinal) order, so the same
/// object always encodes to the same bytes. A JSON <c>null</c> value reads as <c>""</c>, Go's zero
/// value; a repeated key keeps the last value.
/// </summary>
internal sealed class StringMapConverter : JsonConverter<IReadOnlyDictionary<string, string>>
{
    public override IReadOnlyDictionary<string, string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("cannot unmarshal " + reader.TokenType.ToString().ToLowerInvariant() + " into a map of strings");
        }

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var key = StringPool.Read(ref reader);
            reader.Read();
            map[key] = reader.TokenType switch
            {
                JsonTokenType.String => StringPool.Read(ref reader),
                JsonTokenType.Null => string.Empty,
                _ => throw new JsonException("cannot unmarshal " + reader.TokenType.ToString().ToLowerInvariant() + " into a string value of key " + key),
            };
        }

        return map;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, string> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var pair in value.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.WriteString(pair.Key, pair.Value);
        }

        writer.WriteEndObject();
    }
}
