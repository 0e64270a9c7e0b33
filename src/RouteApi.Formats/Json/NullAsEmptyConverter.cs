using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace RouteApi.Formats.Json;

/// <summary>
/// Reads a JSON <c>null</c> as the empty value of a non-nullable property (an empty object, list or
/// string), the way Go leaves a struct field at its zero value; everything else is read and written
/// by the type's own contract.
/// </summary>
internal sealed class NullAsEmptyConverter<T>(Func<object> empty) : JsonConverter<T>
{
    public override bool HandleNull => true;

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null
            ? (T)empty()
            : JsonSerializer.Deserialize(ref reader, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)))!;

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
}
