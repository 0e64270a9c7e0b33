using System.Text.Json;
using System.Text.Json.Serialization;
using RouteApi.Core.Model;

namespace RouteApi.Formats.Json;

/// <summary>
/// Kubernetes <c>metav1.FieldsV1</c> in JSON: any JSON value, kept as its raw bytes as Go's
/// <c>FieldsV1.UnmarshalJSON</c> keeps them, and written back unchanged (JSON <c>null</c> is no value).
/// </summary>
internal sealed class FieldsV1Converter : JsonConverter<FieldsV1>
{
    public override FieldsV1 Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        FieldsV1.ReadValue(ref reader);

    public override void Write(Utf8JsonWriter writer, FieldsV1 value, JsonSerializerOptions options) =>
        value.WriteTo(writer);
}
