using System.Text.Json.Nodes;

namespace RouteApi.Core.ManagedFields;

/// <summary>Indexes the items of a set or map list by their path element.</summary>
internal static class ListItems
{
    /// <summary>False when an item has no key or two items share one: such a list can only be treated as atomic.</summary>
    public static bool TryIndex(JsonArray? array, (ListKind Kind, string[] Keys) list, out Dictionary<string, JsonNode?> items)
    {
        items = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var item in array ?? [])
        {
            var element = ElementOf(item, list);
            if (element is null || !items.TryAdd(element, item))
            {
                return false;
            }
        }

        return true;
    }

    public static string? ElementOf(JsonNode? item, (ListKind Kind, string[] Keys) list) =>
        list.Kind == ListKind.Set ? PathElements.Value(item) : PathElements.Key(item, list.Keys);
}
