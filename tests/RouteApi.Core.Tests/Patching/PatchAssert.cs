using System.Text.Json.Nodes;

namespace RouteApi.Core.Patching.Tests;

internal static class PatchAssert
{
    public static JsonNode Json(string text) => JsonNode.Parse(text)!;

    public static void JsonEqual(string expected, JsonNode? actual)
    {
        var expectedNode = JsonNode.Parse(expected);
        Assert.True(
            JsonNode.DeepEquals(expectedNode, actual),
            $"Expected: {expectedNode?.ToJsonString() ?? "null"}\nActual:   {actual?.ToJsonString() ?? "null"}");
    }

    public static void Fails(PatchErrorKind kind, string message, Func<object?> apply)
    {
        var exception = Assert.Throws<PatchException>(apply);

        Assert.Equal((kind, message), (exception.Kind, exception.Message));
    }
}
