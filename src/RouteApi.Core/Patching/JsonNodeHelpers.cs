using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RouteApi.Core.Patching;

/// <summary>Small JsonNode utilities shared by the patch engines.</summary>
internal static class JsonNodeHelpers
{
    private static readonly JsonSerializerOptions MessageOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// The JSON kind of a node, with <c>null</c> as <see cref="JsonValueKind.Null"/> and both
    /// booleans as <see cref="JsonValueKind.True"/>, so equal kinds mean "same Go type".
    /// </summary>
    public static JsonValueKind KindOf(JsonNode? node)
    {
        var kind = node?.GetValueKind() ?? JsonValueKind.Null;
        return kind == JsonValueKind.False ? JsonValueKind.True : kind;
    }

    /// <summary>Compact JSON for error messages, without escaping non-ASCII text.</summary>
    public static string Render(JsonNode? node) => node?.ToJsonString(MessageOptions) ?? "null";

    /// <summary>A string node's value, without quotes; any other node as JSON.</summary>
    public static string RenderRaw(JsonNode? node) =>
        AsString(node) ?? Render(node);

    /// <summary>The value of a JSON string node, or null for anything else.</summary>
    public static string? AsString(JsonNode? node) =>
        KindOf(node) == JsonValueKind.String ? node!.GetValue<string>() : null;

    /// <summary>The name Go's encoding/json uses for a JSON kind in unmarshal errors.</summary>
    public static string GoKindName(JsonNode? node) => KindOf(node) switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True => "bool",
        _ => "null",
    };

    /// <summary>Removes the items of an array and returns them without a parent.</summary>
    public static List<JsonNode?> Detach(JsonArray array)
    {
        var items = new List<JsonNode?>(array);
        array.Clear();
        return items;
    }

    /// <summary>Deep copies of the items of an array.</summary>
    public static List<JsonNode?> CloneItems(JsonArray array) => [.. array.Select(item => item?.DeepClone())];

    /// <summary>Removes every null-valued member of every object in the tree (list items stay).</summary>
    public static void DiscardNulls(JsonNode? node)
    {
        if (node is JsonObject map)
        {
            foreach (var (key, value) in map.ToList())
            {
                if (value is null)
                {
                    map.Remove(key);
                }
                else
                {
                    DiscardNulls(value);
                }
            }
        }
        else if (node is JsonArray list)
        {
            foreach (var item in list)
            {
                DiscardNulls(item);
            }
        }
    }
}
