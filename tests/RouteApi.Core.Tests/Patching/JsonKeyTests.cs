using System.Text.Json.Nodes;

namespace RouteApi.Core.Patching.Tests;

public sealed class JsonKeyTests
{
    [Theory]
    [InlineData("1", "1.0")]
    [InlineData("10", "1e1")]
    [InlineData("\"A\"", "\"\\u0041\"")]
    [InlineData("{\"a\":1,\"b\":2}", "{\"b\":2,\"a\":1}")]
    [InlineData("null", "null")]
    public void Equals_SameJsonValueWrittenDifferently_IsEqualWithSameHash(string left, string right)
    {
        var (a, b) = (new JsonKey(JsonNode.Parse(left)), new JsonKey(JsonNode.Parse(right)));

        Assert.Equal((true, a.GetHashCode()), (a.Equals(b), b.GetHashCode()));
    }

    [Fact]
    public void Equals_CreatedIntegerAndParsedDecimal_IsEqualWithSameHash()
    {
        var (a, b) = (new JsonKey(JsonValue.Create(5)), new JsonKey(JsonNode.Parse("5.0")));

        Assert.Equal((true, a.GetHashCode()), (a.Equals(b), b.GetHashCode()));
    }

    [Theory]
    [InlineData("1", "\"1\"")]
    [InlineData("true", "false")]
    [InlineData("[1]", "[1,1]")]
    public void Equals_DifferentJsonValues_IsNotEqual(string left, string right) =>
        Assert.False(new JsonKey(JsonNode.Parse(left)).Equals(new JsonKey(JsonNode.Parse(right))));
}
