using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RouteApi.Core.ManagedFields;

/// <summary>
/// Encodes path elements in the FieldsV1 spelling and prints paths as structured-merge-diff's
/// <c>Path.String()</c> does in conflict messages (<c>.spec.alternateBackends[kind="Service",name="b"].weight</c>).
/// </summary>
internal static class PathElements
{
    public static string Field(string name) => "f:" + name;

    public static string Value(JsonNode? value) => "v:" + Compact(value);

    /// <summary>The key element of a map-list item, or null when the item lacks a key field.</summary>
    public static string? Key(JsonNode? item, string[] keys)
    {
        if (item is not JsonObject json)
        {
            return null;
        }

        var key = new JsonObject();
        foreach (var name in keys.Order(StringComparer.Ordinal))
        {
            if (!json.TryGetPropertyValue(name, out var value) || value is null)
            {
                return null;
            }

            key[name] = value.DeepClone();
        }

        return "k:" + Compact(key);
    }

    public static string Format(IReadOnlyList<string> path)
    {
        var text = new StringBuilder();
        foreach (var element in path)
        {
            var body = element[2..];
            switch (element[0])
            {
                case 'f':
                    text.Append('.').Append(body);
                    break;
                case 'k':
                    var key = JsonNode.Parse(body)!.AsObject();
                    text.Append('[').AppendJoin(',', key.Select(p => p.Key + "=" + Compact(p.Value))).Append(']');
                    break;
                case 'v':
                    text.Append("[=").Append(body).Append(']');
                    break;
                default:
                    text.Append('[').Append(body).Append(']');
                    break;
            }
        }

        return text.ToString();
    }

    private static readonly JsonSerializerOptions CompactOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Compact(JsonNode? value) => value?.ToJsonString(CompactOptions) ?? "null";
}
