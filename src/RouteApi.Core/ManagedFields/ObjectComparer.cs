using System.Text.Json.Nodes;

namespace RouteApi.Core.ManagedFields;

/// <summary>
/// Compares two states of an object field by field (structured-merge-diff's <c>Compare</c>): a map
/// or list that appears is itself added (so its FieldsV1 carries <c>"."</c>), except for the structs
/// Go always has; a disappearing subtree is removed as a whole; atomic values are compared whole.
/// </summary>
internal static class ObjectComparer
{
    /// <summary>
    /// Compares the fields a write through <paramref name="subresource"/> can own (see
    /// <see cref="ManagedScope"/>); the rest of both objects is skipped, not copied away.
    /// </summary>
    public static FieldComparison Compare(JsonObject? before, JsonObject? after, string? subresource)
    {
        var result = new FieldComparison(new FieldSet(), new FieldSet(), new FieldSet());
        CompareObjects(before, after, "", [], subresource, result);
        return result;
    }

    // Fields are visited in no particular order: the field sets keep their own.
    private static void CompareObjects(JsonObject? before, JsonObject? after, string fieldPath, List<string> path, string? subresource, FieldComparison result)
    {
        // A missing side is skipped, not replaced by an empty object: a create compares every field
        // against nothing, and an object per level would be garbage.
        if (after is not null)
        {
            foreach (var (name, right) in after)
            {
                if (!ManagedScope.Excludes(fieldPath, name, subresource))
                {
                    JsonNode? left = null;
                    var hasLeft = before?.TryGetPropertyValue(name, out left) == true;
                    CompareField(new Side(hasLeft, left), new Side(true, right), fieldPath, name, path, subresource, result);
                }
            }
        }

        if (before is not null)
        {
            foreach (var (name, left) in before)
            {
                if (after?.ContainsKey(name) != true && !ManagedScope.Excludes(fieldPath, name, subresource))
                {
                    CompareField(new Side(true, left), default, fieldPath, name, path, subresource, result);
                }
            }
        }
    }

    private static void CompareField(Side left, Side right, string fieldPath, string name, List<string> path, string? subresource, FieldComparison result)
    {
        path.Add(PathElements.Field(name));
        CompareValues(left, right, RouteFieldSchema.Child(fieldPath, name), path, subresource, result);
        path.RemoveAt(path.Count - 1);
    }

    private static void CompareValues(Side left, Side right, string fieldPath, List<string> path, string? subresource, FieldComparison result)
    {
        if (left.Value is JsonObject or null && right.Value is JsonObject or null
            && (left.Value is JsonObject { Count: > 0 } || right.Value is JsonObject { Count: > 0 }))
        {
            MarkContainer(left, right, fieldPath, path, result);
            CompareObjects(left.Value as JsonObject, right.Value as JsonObject, fieldPath, path, subresource, result);
            return;
        }

        if (left.Value is JsonArray or null && right.Value is JsonArray or null && (left.Value ?? right.Value) is JsonArray
            && RouteFieldSchema.ListAt(fieldPath) is { Kind: not ListKind.Atomic } list
            && ListItems.TryIndex(left.Value as JsonArray, list, out var before)
            && ListItems.TryIndex(right.Value as JsonArray, list, out var after))
        {
            MarkContainer(left, right, fieldPath, path, result);
            CompareItems(before, after, fieldPath, list.Kind, path, subresource, result);
            return;
        }

        CompareLeaf(left, right, path, result);
    }

    private static void CompareItems(Dictionary<string, JsonNode?> before, Dictionary<string, JsonNode?> after, string fieldPath, ListKind kind, List<string> path, string? subresource, FieldComparison result)
    {
        foreach (var element in before.Keys.Union(after.Keys).Order(PathElementComparer.Instance))
        {
            var left = before.TryGetValue(element, out var l) ? new Side(true, l) : default;
            var right = after.TryGetValue(element, out var r) ? new Side(true, r) : default;
            path.Add(element);
            if (kind == ListKind.Map)
            {
                MarkContainer(left, right, "item", path, result);
                if (!left.Present || !right.Present || !JsonNode.DeepEquals(left.Value, right.Value))
                {
                    CompareObjects(left.Value as JsonObject, right.Value as JsonObject, fieldPath, path, subresource, result);
                }
            }
            else
            {
                CompareLeaf(left, right, path, result);
            }

            path.RemoveAt(path.Count - 1);
        }
    }

    private static void MarkContainer(Side left, Side right, string fieldPath, List<string> path, FieldComparison result)
    {
        if (RouteFieldSchema.IsAlwaysPresent(fieldPath))
        {
            return;
        }

        if (!left.Present && right.Present)
        {
            result.Added.Insert(path);
        }
        else if (left.Present && !right.Present)
        {
            result.Removed.Insert(path);
        }
    }

    private static void CompareLeaf(Side left, Side right, List<string> path, FieldComparison result)
    {
        if (!left.Present && right.Present)
        {
            result.Added.Insert(path);
        }
        else if (left.Present && !right.Present)
        {
            result.Removed.Insert(path);
        }
        else if (left.Present && !JsonNode.DeepEquals(left.Value, right.Value))
        {
            result.Modified.Insert(path);
        }
    }

    private readonly record struct Side(bool Present, JsonNode? Value);
}
