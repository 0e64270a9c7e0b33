using System.Text.Json;
using System.Text.Json.Serialization;
using RouteApi.Core.Model;

namespace RouteApi.Formats.Json;

/// <summary>Kubernetes <c>intstr.IntOrString</c> in JSON: a bare 32-bit integer or a string.</summary>
internal sealed class IntOrStringConverter : JsonConverter<IntOrString>
{
    public override IntOrString Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.String => IntOrString.FromString(reader.GetString()!),
            JsonTokenType.Number when reader.TryGetInt32(out var number) => IntOrString.FromInt(number),
            _ => throw new JsonException("intstr: cannot unmarshal " + reader.TokenType.ToString().ToLowerInvariant() + " into an int or string"),
        };

    public override void Write(Utf8JsonWriter writer, IntOrString value, JsonSerializerOptions options)
    {
        if (value.IsString)
        {
            writer.WriteStringValue(value.StringValue);
        }
        else
        {
            writer.WriteNumberValue(value.IntValue);
        }
    }
}
