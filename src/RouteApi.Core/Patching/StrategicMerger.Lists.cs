using System.Text.Json.Nodes;

namespace RouteApi.Core.Patching;

/// <summary>List merging: apimachinery's <c>mergeSliceHandler</c>, <c>mergeSlice</c> and helpers.</summary>
internal sealed partial class StrategicMerger
{
    private JsonArray MergeList(JsonArray original, JsonArray patch, string path, bool isDeleteList) =>
        new([.. MergeListItems(original, patch, path, isDeleteList)]);

    private List<JsonNode?> MergeListItems(JsonArray original, JsonArray patch, string path, bool isDeleteList)
    {
        // A deletion list deletes whatever the list's strategy (kubernetes#110472); any other list
        // without a merge strategy is replaced by the patch verbatim, directive items included.
        var isMerge = schema.TryGetMergeKey(path, out var mergeKey);
        if (!isMerge && !isDeleteList)
        {
            return JsonNodeHelpers.CloneItems(patch);
        }

        var items = JsonNodeHelpers.Detach(original);
        return MergeSlice(items, JsonNodeHelpers.CloneItems(patch), isMerge ? mergeKey : string.Empty, path, isDeleteList);
    }

    private List<JsonNode?> MergeSlice(
        List<JsonNode?> original, List<JsonNode?> patch, string mergeKey, string path, bool isDeleteList)
    {
        if (original.Count == 0 && patch.Count == 0)
        {
            return original;
        }

        var kind = StrategicMergeErrors.ElementKind(original, patch);
        if (!IsMap(kind))
        {
            if (isDeleteList)
            {
                var remove = patch.Select(value => new JsonKey(value)).ToHashSet();
                return [.. original.Where(item => !remove.Contains(new JsonKey(item)))];
            }

            return Order(Distinct([.. original, .. patch]), patch, original, mergeKey, kind);
        }

        if (mergeKey.Length == 0)
        {
            throw StrategicMergeErrors.NoMergeKeyForList(path);
        }

        var (server, patchItems) = ApplySpecialItems(original, patch, mergeKey);
        List<JsonNode?> serverOrder = [.. server];
        return Order(MergeItems(server, patchItems, mergeKey, path), patchItems, serverOrder, mergeKey, kind);
    }

    private static (List<JsonNode?> Original, List<JsonNode?> Patch) ApplySpecialItems(
        List<JsonNode?> original, List<JsonNode?> patch, string mergeKey)
    {
        var plain = new List<JsonNode?>();
        var deleted = new HashSet<JsonKey>();
        var replace = false;
        foreach (var map in patch.Cast<JsonObject>())
        {
            if (!map.TryGetPropertyValue(DirectiveMarker, out var directive))
            {
                plain.Add(map);
                continue;
            }

            switch (JsonNodeHelpers.AsString(directive))
            {
                case "delete":
                    deleted.Add(new JsonKey(map.TryGetPropertyValue(mergeKey, out var key)
                        ? key
                        : throw StrategicMergeErrors.NoMergeKey(map, mergeKey)));
                    break;
                case "replace":
                    // Keep going, so that every other directive item is pruned too.
                    replace = true;
                    break;
                case "merge":
                    throw StrategicMergeErrors.MergeDirectiveInList();
                default:
                    throw StrategicMergeErrors.UnknownPatchType(directive, map);
            }
        }

        // A delete removes every item with that merge key value.
        return replace
            ? (plain, [])
            : ([.. original.Where(item => !(TryGetKey(item, mergeKey, out var key) && deleted.Contains(key)))], plain);
    }

    private List<JsonNode?> MergeItems(List<JsonNode?> original, List<JsonNode?> patch, string mergeKey, string path)
    {
        var indexes = new Dictionary<JsonKey, int>();
        for (var i = original.Count - 1; i >= 0; i--)
        {
            if (TryGetKey(original[i], mergeKey, out var key))
            {
                indexes[key] = i;
            }
        }

        foreach (var map in patch.Cast<JsonObject>())
        {
            var key = TryGetKey(map, mergeKey, out var value) ? value : throw StrategicMergeErrors.NoMergeKey(map, mergeKey);
            if (indexes.TryGetValue(key, out var index))
            {
                original[index] = MergeMap((JsonObject)original[index]!, map, path);
            }
            else
            {
                indexes[key] = original.Count;
                original.Add(map);
            }
        }

        return original;
    }

    private static bool TryGetKey(JsonNode? item, string mergeKey, out JsonKey key)
    {
        var found = item is JsonObject map && map.TryGetPropertyValue(mergeKey, out _);
        key = found ? new JsonKey(item![mergeKey]) : default;
        return found;
    }

    private static List<JsonNode?> Distinct(List<JsonNode?> items)
    {
        var seen = new HashSet<JsonKey>();
        return [.. items.Where(item => seen.Add(new JsonKey(item)))];
    }
}
