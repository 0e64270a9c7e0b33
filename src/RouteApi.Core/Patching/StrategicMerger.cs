using System.Text.Json;
using System.Text.Json.Nodes;

namespace RouteApi.Core.Patching;

/// <summary>
/// The merge of apimachinery's <c>strategicpatch.mergeMap</c> with
/// <c>MergeParallelList</c> and <c>IgnoreUnmatchedNulls</c> set, as kube-apiserver applies it.
/// The original tree is owned and changed in place; the patch tree is only read, and every
/// patch value placed in the result is a copy. Patch members are applied in document order
/// (Go ranges over a map).
/// </summary>
internal sealed partial class StrategicMerger(PatchSchema schema)
{
    private const string DirectiveMarker = "$patch";
    private const string RetainKeysDirective = "$retainKeys";
    private const string DeleteFromPrimitiveListPrefix = "$deleteFromPrimitiveList";
    private const string SetElementOrderPrefix = "$setElementOrder";

    /// <summary>Merges a patch object into an original object at a field path and returns the result.</summary>
    public JsonObject MergeMap(JsonObject original, JsonObject patch, string path)
    {
        var consumed = new HashSet<string>(StringComparer.Ordinal);
        if (patch.TryGetPropertyValue(DirectiveMarker, out var directive))
        {
            var replaced = ApplyMapDirective(directive, patch);
            if (replaced is not null)
            {
                return replaced;
            }

            consumed.Add(DirectiveMarker);
        }

        ApplyRetainKeys(original, patch, consumed);
        MergeOrderedLists(original, patch, path, consumed);
        foreach (var (key, value) in patch)
        {
            if (!consumed.Contains(key))
            {
                MergeField(original, key, value, path);
            }
        }

        return original;
    }

    private static JsonObject? ApplyMapDirective(JsonNode? directive, JsonObject patch)
    {
        switch (JsonNodeHelpers.AsString(directive))
        {
            case "replace":
                var replacement = (JsonObject)patch.DeepClone();
                replacement.Remove(DirectiveMarker);
                return replacement;
            case "delete":
                return [];
            case "merge":
                // Upstream rejects "merge" here (it is meant for struct tags only); we read it as the
                // default it names and merge.
                return null;
            default:
                throw StrategicMergeErrors.UnknownPatchType(directive, patch);
        }
    }

    private static void ApplyRetainKeys(JsonObject original, JsonObject patch, HashSet<string> consumed)
    {
        if (!patch.TryGetPropertyValue(RetainKeysDirective, out var retainKeys))
        {
            return;
        }

        consumed.Add(RetainKeysDirective);
        var keep = retainKeys is JsonArray list
            ? list.Select(JsonNodeHelpers.AsString).OfType<string>().ToHashSet(StringComparer.Ordinal)
            : throw StrategicMergeErrors.BadRetainKeys();

        // Every non-null patch member must be retained; upstream answers 400 "invalid patch format
        // of retainKeys" here (ErrPatchContentNotMatchRetainKeys exists but is never returned).
        var unlisted = patch.Any(member => !consumed.Contains(member.Key) && member.Value is not null
            && !member.Key.StartsWith(DeleteFromPrimitiveListPrefix, StringComparison.Ordinal)
            && !member.Key.StartsWith(SetElementOrderPrefix, StringComparison.Ordinal)
            && !keep.Contains(member.Key));
        if (unlisted)
        {
            throw StrategicMergeErrors.BadRetainKeys();
        }

        foreach (var key in original.Select(member => member.Key).Where(key => !keep.Contains(key)).ToList())
        {
            original.Remove(key);
        }
    }

    private void MergeField(JsonObject original, string key, JsonNode? patchValue, string path)
    {
        var isDeleteList = key.StartsWith(DeleteFromPrimitiveListPrefix, StringComparison.Ordinal);
        var name = isDeleteList ? ExtractKey(key, DeleteFromPrimitiveListPrefix) : key;
        if (patchValue is null)
        {
            original.Remove(name);
            return;
        }

        var found = original.TryGetPropertyValue(name, out var current);
        if (!found || JsonNodeHelpers.KindOf(current) != JsonNodeHelpers.KindOf(patchValue))
        {
            if (!isDeleteList)
            {
                SetCleaned(original, name, patchValue);
            }

            return;
        }

        switch (current)
        {
            case JsonObject currentMap:
                var merged = MergeMap(currentMap, (JsonObject)patchValue, Child(path, name));
                if (!ReferenceEquals(merged, currentMap))
                {
                    original[name] = merged;
                }

                break;
            case JsonArray currentList:
                original[name] = MergeList(currentList, (JsonArray)patchValue, Child(path, name), isDeleteList);
                break;
            default:
                SetCleaned(original, name, patchValue);
                break;
        }
    }

    /// <summary>
    /// Takes a patch value where the original has none (or one of another type): without its
    /// null members and without any object holding <c>$patch</c> (kubernetes#107705, #117568).
    /// </summary>
    private static void SetCleaned(JsonObject original, string name, JsonNode patchValue)
    {
        var value = patchValue.DeepClone();
        JsonNodeHelpers.DiscardNulls(value);
        if (RemoveDirectives(value))
        {
            original[name] = value;
        }
        else
        {
            original.Remove(name);
        }
    }

    /// <summary>Drops, in place, every object that holds <c>$patch</c>; false when the node itself is one.</summary>
    private static bool RemoveDirectives(JsonNode? node)
    {
        if (node is JsonObject map)
        {
            if (map.ContainsKey(DirectiveMarker))
            {
                return false;
            }

            foreach (var (key, value) in map.ToList())
            {
                if (!RemoveDirectives(value))
                {
                    map.Remove(key);
                }
            }
        }
        else if (node is JsonArray list)
        {
            for (var i = list.Count - 1; i >= 0; i--)
            {
                if (!RemoveDirectives(list[i]))
                {
                    list.RemoveAt(i);
                }
            }
        }

        return true;
    }

    private static string ExtractKey(string key, string prefix)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || key[..slash] != prefix)
        {
            throw prefix == SetElementOrderPrefix
                ? StrategicMergeErrors.BadSetElementOrder()
                : StrategicMergeErrors.BadPrimitiveList();
        }

        return key[(slash + 1)..];
    }

    private static string Child(string path, string name) => path.Length == 0 ? name : path + "." + name;

    private static bool IsMap(JsonValueKind kind) => kind == JsonValueKind.Object;
}
