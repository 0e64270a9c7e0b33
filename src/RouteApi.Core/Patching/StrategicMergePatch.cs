using System.Text.Json.Nodes;

namespace RouteApi.Core.Patching;

/// <summary>
/// <c>application/strategic-merge-patch+json</c>: Kubernetes strategic merge patch, with the
/// server-side semantics of apimachinery's <c>StrategicMergeMapPatch</c>.
/// </summary>
public static class StrategicMergePatch
{
    /// <summary>
    /// Applies <paramref name="patch"/> to a copy of <paramref name="original"/>; neither argument is
    /// modified. Objects merge recursively and a <c>null</c> member deletes. A list is replaced
    /// unless <paramref name="schema"/> names it: a merge list of primitives merges as a set and a
    /// keyed merge list merges item by item on its merge key, items new to the list coming first.
    /// Directives: <c>$patch: replace</c> (the object is the patch), <c>$patch: delete</c> (the
    /// object becomes <c>{}</c>) and <c>$patch: merge</c> (the default) inside objects;
    /// <c>{"$patch":"replace"}</c> (replace the list) and <c>{"$patch":"delete","&lt;key&gt;":v}</c>
    /// (delete matching items) as items of a keyed merge list; <c>$retainKeys</c> (clear members
    /// not listed); <c>$deleteFromPrimitiveList/&lt;list&gt;</c> (remove values, on any list);
    /// <c>$setElementOrder/&lt;list&gt;</c> (order a primitive or keyed list). As upstream, a
    /// replaced list is taken verbatim, directive items included, while a value added where the
    /// original has none loses its <c>null</c> members and its <c>$patch</c> objects.
    /// </summary>
    /// <param name="original">The current object; null is treated as <c>{}</c>.</param>
    /// <param name="patch">The patch, a JSON object; null changes nothing.</param>
    /// <param name="schema">Which lists merge, for example <see cref="PatchSchema.Route"/>.</param>
    /// <returns>The patched object.</returns>
    /// <exception cref="PatchException">
    /// <see cref="PatchErrorKind.BadRequest"/> (400) for <c>invalid JSON document</c>,
    /// <c>invalid patch format of primitive list</c>, <c>invalid patch format of retainKeys</c>,
    /// <c>invalid patch format of setElementOrder list</c>, an unknown <c>$patch</c> value, an item
    /// without its merge key or an order that contradicts <c>$setElementOrder</c>;
    /// <see cref="PatchErrorKind.Invalid"/> (422) for <c>lists of lists are not supported</c>.
    /// </exception>
    public static JsonNode? Apply(JsonNode? original, JsonNode? patch, PatchSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (original is not (null or JsonObject) || patch is not (null or JsonObject))
        {
            throw StrategicMergeErrors.BadJsonDocument();
        }

        var target = (JsonObject?)original?.DeepClone() ?? [];
        return patch is null ? target : new StrategicMerger(schema).MergeMap(target, (JsonObject)patch, string.Empty);
    }
}
