using System.Text.Json;
using System.Text.Json.Nodes;

namespace RouteApi.Core.Patching;

/// <summary>
/// List order: apimachinery's <c>mergePatchIntoOriginal</c> (<c>$setElementOrder</c>),
/// <c>normalizeElementOrder</c> and <c>mergeSortedSlice</c>. Items named by the patch (or by
/// <c>$setElementOrder</c>) take that order; items only on the server keep theirs and are
/// interleaved where the server order allows, so items new to the list come first.
/// </summary>
internal sealed partial class StrategicMerger
{
    private void MergeOrderedLists(JsonObject original, JsonObject patch, string path, HashSet<string> consumed)
    {
        foreach (var (key, value) in patch)
        {
            if (!key.StartsWith(SetElementOrderPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            consumed.Add(key);
            var order = value is JsonArray orderList ? orderList.ToList() : throw StrategicMergeErrors.BadSetElementOrder();
            var name = ExtractKey(key, SetElementOrderPrefix);
            var ordered = MergeOrderedList(original, patch, name, order, Child(path, name));
            if (ordered is not null)
            {
                original[name] = new JsonArray([.. ordered]);
                consumed.Add(name);
            }
        }
    }

    private List<JsonNode?>? MergeOrderedList(
        JsonObject original, JsonObject patch, string name, List<JsonNode?> order, string path)
    {
        var foundOriginal = original.TryGetPropertyValue(name, out var originalNode);
        var foundPatch = patch.TryGetPropertyValue(name, out var patchNode);
        if ((foundOriginal && originalNode is not JsonArray) || (foundPatch && patchNode is not JsonArray))
        {
            throw StrategicMergeErrors.BadSetElementOrder();
        }

        if (!foundOriginal && !foundPatch)
        {
            return null;
        }

        List<JsonNode?> originalItems = originalNode is JsonArray originalList ? [.. originalList] : [];
        List<JsonNode?> patchItems = patchNode is JsonArray patchList ? [.. patchList] : [];
        var mergeKey = schema.TryGetMergeKey(path, out var key) ? key : string.Empty;
        var kind = StrategicMergeErrors.ElementKind(originalItems, patchItems);
        if (IsMap(kind) && mergeKey.Length == 0)
        {
            // Upstream panics ordering maps that have no merge key.
            throw StrategicMergeErrors.BadSetElementOrder();
        }

        ValidateOrder(patchItems, order, mergeKey);
        var merged = (foundOriginal, foundPatch) switch
        {
            (true, false) => JsonNodeHelpers.Detach((JsonArray)originalNode!),
            (false, true) => CleanedItems((JsonArray)patchNode!),
            _ => MergeListItems((JsonArray)originalNode!, (JsonArray)patchNode!, path, isDeleteList: false),
        };
        return kind == JsonValueKind.Undefined ? merged : Order(merged, order, originalItems, mergeKey, kind);
    }

    private static List<JsonNode?> CleanedItems(JsonArray patch)
    {
        var copy = (JsonArray)patch.DeepClone();
        RemoveDirectives(copy);
        return JsonNodeHelpers.Detach(copy);
    }

    /// <summary>
    /// apimachinery's <c>validatePatchWithSetOrderList</c>: the patch items (deletions and other
    /// directive items aside) must appear in <c>$setElementOrder</c>, in the same relative order.
    /// </summary>
    private static void ValidateOrder(List<JsonNode?> patch, List<JsonNode?> order, string mergeKey)
    {
        if (order.Count == 0 || patch.Count == 0)
        {
            return;
        }

        var items = mergeKey.Length > 0 ? SplitDeletions(patch).Keep : patch;
        int patchIndex = 0, orderIndex = 0;
        while (patchIndex < items.Count && orderIndex < order.Count)
        {
            if (items[patchIndex] is JsonObject map && map.ContainsKey(DirectiveMarker))
            {
                patchIndex++;
                continue;
            }

            if (SameKey(items[patchIndex], order[orderIndex], mergeKey))
            {
                patchIndex++;
            }

            orderIndex++;
        }

        if (patchIndex < items.Count)
        {
            throw StrategicMergeErrors.OrderMismatch(patch, order);
        }
    }

    private static bool SameKey(JsonNode? left, JsonNode? right, string mergeKey)
    {
        if (mergeKey.Length == 0)
        {
            return JsonNode.DeepEquals(left, right);
        }

        return JsonNode.DeepEquals(RequireKey(left, mergeKey), RequireKey(right, mergeKey));
    }

    private static JsonNode? RequireKey(JsonNode? item, string mergeKey)
    {
        var map = item as JsonObject ?? throw StrategicMergeErrors.NotAMap(item);
        return map.TryGetPropertyValue(mergeKey, out var key) ? key : throw StrategicMergeErrors.NoMergeKey(map, mergeKey);
    }

    private static (List<JsonNode?> Keep, List<JsonNode?> Delete) SplitDeletions(List<JsonNode?> items)
    {
        var maps = items.Select(item => item as JsonObject ?? throw StrategicMergeErrors.NotAMap(item)).ToList();
        var isDeletion = maps.ToLookup(map => JsonNodeHelpers.AsString(map[DirectiveMarker]) == "delete");
        return ([.. isDeletion[false]], [.. isDeletion[true]]);
    }

    /// <summary>
    /// Splits <paramref name="merged"/> into the items named by <paramref name="patchOrder"/> and
    /// the server-only ones, sorts each by its own order and interleaves them.
    /// </summary>
    private static List<JsonNode?> Order(
        List<JsonNode?> merged, List<JsonNode?> patchOrder, List<JsonNode?> serverOrder, string mergeKey, JsonValueKind kind)
    {
        var named = patchOrder.Select(item => new JsonKey(mergeKey.Length == 0 ? item : KeyOfMapItem(item, mergeKey)))
            .ToHashSet();
        var inPatch = merged.ToLookup(item =>
            named.Contains(new JsonKey(mergeKey.Length == 0 ? item : RequireKey(item, mergeKey))));
        var patchItems = Sort([.. inPatch[true]], patchOrder, mergeKey, kind);
        var serverItems = Sort([.. inPatch[false]], serverOrder, mergeKey, kind);
        return Interleave(serverItems, patchItems, serverOrder, mergeKey, kind);
    }

    private static JsonNode? KeyOfMapItem(JsonNode? item, string mergeKey) =>
        (item as JsonObject ?? throw StrategicMergeErrors.NotAMap(item))[mergeKey];

    private static List<JsonNode?> Sort(List<JsonNode?> items, List<JsonNode?> order, string mergeKey, JsonValueKind kind)
    {
        var deletions = new List<JsonNode?>();
        if (IsMap(kind))
        {
            foreach (var item in items.Concat(order))
            {
                RequireKey(item, mergeKey);
            }

            (items, deletions) = SplitDeletions(items);
        }

        // Upstream sorts with a comparator that is only consistent when every item is in the order
        // list, which is always the case here; an absent item would go last.
        var indexes = JsonKey.FirstIndexes(order.Select(item => KeyOf(item, mergeKey, kind)));
        var sorted = items.OrderBy(item => IndexOf(indexes, item, mergeKey, kind) is var index and >= 0 ? index : int.MaxValue);
        return [.. sorted, .. deletions];
    }

    private static List<JsonNode?> Interleave(
        List<JsonNode?> left, List<JsonNode?> right, List<JsonNode?> serverOrder, string mergeKey, JsonValueKind kind)
    {
        var result = new List<JsonNode?>(left.Count + right.Count);
        var indexes = JsonKey.FirstIndexes(serverOrder.Select(item => KeyOf(item, mergeKey, kind)));
        int i = 0, j = 0;
        while (i < left.Count && j < right.Count)
        {
            var leftIndex = IndexOf(indexes, left[i], mergeKey, kind);
            var rightIndex = IndexOf(indexes, right[j], mergeKey, kind);
            result.Add(leftIndex >= 0 && rightIndex >= 0 && leftIndex < rightIndex ? left[i++] : right[j++]);
        }

        result.AddRange(left.Skip(i));
        result.AddRange(right.Skip(j));
        return result;
    }

    private static int IndexOf(Dictionary<JsonKey, int> indexes, JsonNode? item, string mergeKey, JsonValueKind kind) =>
        indexes.TryGetValue(new JsonKey(KeyOf(item, mergeKey, kind)), out var index) ? index : -1;

    private static JsonNode? KeyOf(JsonNode? item, string mergeKey, JsonValueKind kind) =>
        IsMap(kind) ? (item as JsonObject)?[mergeKey] : item;
}
