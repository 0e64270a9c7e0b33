using System.Text.Json.Nodes;

namespace RouteApi.Core.ManagedFields;

/// <summary>
/// Merges an applied configuration into the live object (structured-merge-diff's <c>Merge</c>):
/// objects merge field by field, set lists take the union, map lists merge the items with equal
/// keys and append new ones, and everything else (scalars, atomic lists) is replaced.
/// </summary>
internal static class ObjectMerger
{
    public static JsonObject Merge(JsonObject live, JsonObject config)
    {
        var result = (JsonObject)live.DeepClone();
        MergeInto(result, config, "");
        return result;
    }

    private static void MergeInto(JsonObject target, JsonObject config, string fieldPath)
    {
        foreach (var (name, value) in config)
        {
            var childPath = RouteFieldSchema.Child(fieldPath, name);
            target.TryGetPropertyValue(name, out var current);
            target[name] = MergeValue(current, value, childPath);
        }
    }

    private static JsonNode? MergeValue(JsonNode? current, JsonNode? config, string fieldPath)
    {
        if (current is JsonObject live && config is JsonObject applied)
        {
            var merged = (JsonObject)live.DeepClone();
            MergeInto(merged, applied, fieldPath);
            return merged;
        }

        if (current is JsonArray liveItems && config is JsonArray appliedItems
            && RouteFieldSchema.ListAt(fieldPath) is { Kind: not ListKind.Atomic } list
            && ListItems.TryIndex(liveItems, list, out _) && ListItems.TryIndex(appliedItems, list, out _))
        {
            return MergeItems(liveItems, appliedItems, fieldPath, list);
        }

        return config?.DeepClone();
    }

    private static JsonArray MergeItems(JsonArray live, JsonArray config, string fieldPath, (ListKind Kind, string[] Keys) list)
    {
        var result = new JsonArray();
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in live)
        {
            positions[ListItems.ElementOf(item, list)!] = result.Count;
            result.Add(item?.DeepClone());
        }

        foreach (var item in config)
        {
            var element = ListItems.ElementOf(item, list)!;
            if (positions.TryGetValue(element, out var index))
            {
                result[index] = list.Kind == ListKind.Map ? MergeValue(result[index]?.DeepClone(), item, fieldPath) : item?.DeepClone();
            }
            else
            {
                result.Add(item?.DeepClone());
            }
        }

        return result;
    }
}
