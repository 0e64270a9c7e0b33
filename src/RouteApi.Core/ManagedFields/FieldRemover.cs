using System.Text.Json.Nodes;

namespace RouteApi.Core.ManagedFields;

/// <summary>
/// Removes fields from an object by path (structured-merge-diff's <c>RemoveItems</c>). A map or
/// list left empty by a removal is dropped as well, so an apply that stops setting the last label
/// leaves no <c>labels: {}</c> behind.
/// </summary>
internal static class FieldRemover
{
    public static void Remove(JsonObject target, IEnumerable<IReadOnlyList<string>> paths)
    {
        // Deepest first, so a parent is judged empty only after its children went.
        foreach (var path in paths.OrderByDescending(p => p.Count))
        {
            RemovePath(target, path, 0, "");
        }
    }

    private static bool RemovePath(JsonNode? node, IReadOnlyList<string> path, int depth, string fieldPath)
    {
        var element = path[depth];
        var last = depth == path.Count - 1;
        switch (node)
        {
            case JsonObject json when element.StartsWith("f:", StringComparison.Ordinal):
                var name = element[2..];
                var childPath = RouteFieldSchema.Child(fieldPath, name);
                if (!json.TryGetPropertyValue(name, out var child))
                {
                    return false;
                }

                if (last || (RemovePath(child, path, depth + 1, childPath) && IsEmptyContainer(child) && !RouteFieldSchema.IsAlwaysPresent(childPath)))
                {
                    json.Remove(name);
                }

                return true;
            case JsonArray array:
                var list = RouteFieldSchema.ListAt(fieldPath);
                var index = array.ToList().FindIndex(item => ListItems.ElementOf(item, list) == element);
                if (index < 0)
                {
                    return false;
                }

                if (last || (RemovePath(array[index], path, depth + 1, fieldPath) && IsEmptyContainer(array[index])))
                {
                    array.RemoveAt(index);
                }

                return true;
            default:
                return false;
        }
    }

    private static bool IsEmptyContainer(JsonNode? node) => node is JsonObject { Count: 0 } or JsonArray { Count: 0 };
}
