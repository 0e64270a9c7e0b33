using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using RouteApi.Core.Model;
using RouteApi.Testing;

namespace RouteApi.Formats.Json.Tests;

public sealed class FieldsV1ConverterTests
{
    private static readonly JsonSerializerOptions PrettyNodeOptions = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [Fact]
    public void Deserialize_SpacedFieldsV1_IsWrittenBackCompact()
    {
        var json = Body("""{ "f:spec" : { "k:{\u0022name\u0022:\"b\"}" : {} } }""");

        var route = KubernetesJson.Deserialize<Route>(json);

        Assert.Contains("""
            "fieldsV1":{"f:spec":{"k:{\"name\":\"b\"}":{}}}
            """, Encoding.UTF8.GetString(KubernetesJson.SerializeToBytes(route)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[1,\"f:a\"]")]
    [InlineData("7")]
    public void Deserialize_FieldsV1NotAnObject_IsKeptAsSent(string value)
    {
        var route = KubernetesJson.Deserialize<Route>(Body(value));

        Assert.Equal(value, Assert.Single(route.Metadata.ManagedFields!).FieldsV1!.ToString());
    }

    [Fact]
    public void Deserialize_NullFieldsV1_HasNoFieldSet()
    {
        var route = KubernetesJson.Deserialize<Route>(Body("null"));

        Assert.Null(Assert.Single(route.Metadata.ManagedFields!).FieldsV1);
    }

    [Fact]
    public void Serialize_Pretty_IndentsFieldsV1LikeTheRestOfTheRoute()
    {
        var route = KubernetesJson.Deserialize<Route>(Body("""{"f:metadata":{"f:labels":{".":{},"f:app":{}}},"f:spec":{"f:host":{}}}"""));

        var pretty = Encoding.UTF8.GetString(KubernetesJson.SerializeToBytes(route, pretty: true));

        Assert.Equal(JsonNode.Parse(KubernetesJson.SerializeToBytes(route))!.ToJsonString(PrettyNodeOptions), pretty);
    }

    [Fact]
    public void Serialize_Compact_WritesTheStoredBytes()
    {
        var fields = FieldsV1.Parse("""{"f:spec":{"f:host":{}}}"""u8);
        var route = RouteBuilder.Valid().WithManagedField(new ManagedFieldsEntry { Manager = "m", Operation = "Update", FieldsV1 = fields }).Build();

        var json = Encoding.UTF8.GetString(KubernetesJson.SerializeCompact(route));

        Assert.Contains("""{"manager":"m","operation":"Update","fieldsV1":{"f:spec":{"f:host":{}}}}""", json, StringComparison.Ordinal);
    }

    private static byte[] Body(string fieldsV1) => Encoding.UTF8.GetBytes(
        """{"metadata":{"name":"a","managedFields":[{"manager":"m","operation":"Update","fieldsType":"FieldsV1","fieldsV1":""" + fieldsV1 + "}]}}");
}
