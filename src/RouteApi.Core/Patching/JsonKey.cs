using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RouteApi.Core.Patching;

/// <summary>
/// A JSON value as a hash key with JSON equality (<see cref="JsonNode.DeepEquals"/>: 1 equals
/// 1.0), so that set merges and ordering stay linear on long lists.
/// </summary>
/// <param name="Node">The value; null is JSON null.</param>
internal readonly record struct JsonKey(JsonNode? Node)
{
    /// <summary>True when both hold equal JSON values.</summary>
    public bool Equals(JsonKey other) => JsonNode.DeepEquals(Node, other.Node);

    /// <inheritdoc/>
    public override int GetHashCode() => JsonNodeHelpers.KindOf(Node) switch
    {
        JsonValueKind.String => StringComparer.Ordinal.GetHashCode(Node!.GetValue<string>()),

        // Equal numbers written differently (1, 1.0, 1e0) have the same double value.
        JsonValueKind.Number => double.Parse(Node!.ToJsonString(), CultureInfo.InvariantCulture).GetHashCode(),
        JsonValueKind.True => Node!.GetValue<bool>().GetHashCode(),

        // Objects and arrays are rare as keys; their kind is hash enough.
        var kind => (int)kind,
    };

    /// <summary>The index of the first occurrence of each value.</summary>
    public static Dictionary<JsonKey, int> FirstIndexes(IEnumerable<JsonNode?> values)
    {
        var indexes = new Dictionary<JsonKey, int>();
        var i = 0;
        foreach (var value in values)
        {
            indexes.TryAdd(new JsonKey(value), i++);
        }

        return indexes;
    }
}
