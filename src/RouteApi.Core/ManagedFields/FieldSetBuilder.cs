using System.Text.Json.Nodes;

namespace RouteApi.Core.ManagedFields;

/// <summary>
/// The fields an applied configuration sets (structured-merge-diff's <c>ToFieldSet</c>): every
/// scalar, atomic list, null and empty object is a member; a struct or map with fields is not,
/// only its fields are; each item of a set or map list is a member and so are the item's fields.
/// </summary>
internal static class FieldSetBuilder
{
    public static FieldSet FromObject(JsonObject config)
    {
        var set = new FieldSet();
        VisitObject(config, "", [], set);
        return set;
    }

    private static void VisitObject(JsonObject json, string fieldPath, List<string> path, FieldSet set)
    {
        foreach (var (name, value) in json)
        {
            path.Add(PathElements.Field(name));
            Visit(value, RouteFieldSchema.Child(fieldPath, name), path, set);
            path.RemoveAt(path.Count - 1);
        }
    }

    private static void Visit(JsonNode? value, string fieldPath, List<string> path, FieldSet set)
    {
        switch (value)
        {
            case JsonObject json when json.Count > 0:
                VisitObject(json, fieldPath, path, set);
                break;
            case JsonArray array when RouteFieldSchema.ListAt(fieldPath) is { Kind: not ListKind.Atomic } list:
                VisitItems(array, fieldPath, list, path, set);
                break;
            default:
                set.Insert(path);
                break;
        }
    }

    private static void VisitItems(JsonArray array, string fieldPath, (ListKind Kind, string[] Keys) list, List<string> path, FieldSet set)
    {
        foreach (var item in array)
        {
            var element = list.Kind == ListKind.Set ? PathElements.Value(item) : PathElements.Key(item, list.Keys);
            if (element is null)
            {
                // An item without its key cannot be addressed; the list is owned whole instead.
                set.Insert(path);
                continue;
            }

            path.Add(element);
            set.Insert(path);
            if (item is JsonObject json && list.Kind == ListKind.Map)
            {
                VisitObject(json, fieldPath, path, set);
            }

            path.RemoveAt(path.Count - 1);
        }
    }
}
