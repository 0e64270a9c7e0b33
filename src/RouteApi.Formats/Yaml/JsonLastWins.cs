using System.Text.Json;
using System.Text.Json.Nodes;

namespace RouteApi.Formats.Yaml;

/// <summary>
/// Builds a <see cref="JsonNode"/> tree from JSON in which a repeated key keeps its last value (as
/// Go's map decoding does); <see cref="JsonNode.Parse(string, JsonNodeOptions?, JsonDocumentOptions)"/>
/// would keep both and fail later.
/// </summary>
internal static class JsonLastWins
{
    /// <summary>Reads the object that starts at the reader's next token.</summary>
    public static JsonObject ReadObject(ref Utf8JsonReader reader)
    {
        reader.Read();
        return (JsonObject)Value(ref reader)!;
    }

    private static JsonNode? Value(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var obj = new JsonObject();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    obj[name] = Value(ref reader);
                }

                return obj;
            case JsonTokenType.StartArray:
                var array = new JsonArray();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    array.Add(Value(ref reader));
                }

                return array;
            case JsonTokenType.Null:
                return null;
            default:
                using (var document = JsonDocument.ParseValue(ref reader))
                {
                    return JsonValue.Create(document.RootElement.Clone());
                }
        }
    }
}
