using System.Text;
using RouteApi.Core.Model;
using RouteApi.Formats.Json;
using RouteApi.Testing;

namespace RouteApi.Formats.Protobuf.Tests;

public sealed class FieldsV1ProtobufTests
{
    private static readonly byte[] KeyedFields = """{"f:spec":{"f:alternateBackends":{"k:{\"kind\":\"Service\",\"name\":\"b\"}":{".":{}}}}}"""u8.ToArray();

    [Fact]
    public void Serialize_FieldsV1_WritesTheJsonBytesAsRaw()
    {
        var protobuf = KubernetesProtobuf.SerializeToBytes(Managed(FieldsV1.Parse(KeyedFields)));

        Assert.True(protobuf.AsSpan().IndexOf(KeyedFields) >= 0, "raw holds the JSON form's bytes");
    }

    [Fact]
    public void RoundTrip_FieldsV1_KeepsTheBytesAndTheJsonForm()
    {
        var route = Managed(FieldsV1.Parse(KeyedFields));

        var decoded = KubernetesProtobuf.Deserialize<Route>(KubernetesProtobuf.SerializeToBytes(route));

        Assert.Equal(Encoding.UTF8.GetString(KubernetesJson.SerializeToBytes(route)), Encoding.UTF8.GetString(KubernetesJson.SerializeToBytes(decoded)));
    }

    [Fact]
    public void Deserialize_RawSpacedAndEscaped_ReadsTheCanonicalForm()
    {
        var spaced = """{ "f:spec" : { "f:alternateBackends" : { "k:{\u0022kind\u0022:\"Service\",\"name\":\"b\"}" : { "." : { } } } } }"""u8.ToArray();

        var decoded = KubernetesProtobuf.Deserialize<Route>(WithRaw(spaced));

        Assert.Equal(Encoding.UTF8.GetString(KeyedFields), Assert.Single(decoded.Metadata.ManagedFields!).FieldsV1!.ToString());
    }

    [Fact]
    public void Deserialize_RawNotJson_ThrowsFormatDecodeException()
    {
        var protobuf = WithRaw("""{"f:spec":{]"""u8.ToArray());

        Assert.Throws<FormatDecodeException>(() => KubernetesProtobuf.Deserialize<Route>(protobuf));
    }

    private static Route Managed(FieldsV1 fields) => RouteBuilder.Valid()
        .WithManagedField(new ManagedFieldsEntry { Manager = "m", Operation = "Update", FieldsType = "FieldsV1", FieldsV1 = fields })
        .Build();

    // The protobuf of a route whose fieldsV1 raw is exactly these bytes: FieldsV1 only holds the
    // canonical form, so a canonical placeholder of the same length is swapped for them.
    private static byte[] WithRaw(byte[] raw)
    {
        var placeholder = Encoding.UTF8.GetBytes("{\"f:p\":\"" + new string('x', raw.Length - 10) + "\"}");
        var protobuf = KubernetesProtobuf.SerializeToBytes(Managed(FieldsV1.Parse(placeholder)));
        raw.CopyTo(protobuf, protobuf.AsSpan().IndexOf(placeholder));
        return protobuf;
    }
}
