using System.Text.Json;
using System.Text.Json.Nodes;

namespace RouteApi.Core.Patching;

/// <summary>
/// The errors of strategic merge patch, with apimachinery's texts (<c>pkg/util/mergepatch/errors.go</c>,
/// <c>pkg/util/strategicpatch/patch.go</c>). kube-apiserver answers 400 or 422 for the
/// <c>mergepatch.Err*</c> values and 500 for the rest; the rest are caused by the patch, so we
/// answer 400 for them, and print JSON where Go prints <c>map[...]</c>.
/// </summary>
internal static class StrategicMergeErrors
{
    public static PatchException BadJsonDocument() => PatchException.BadRequest("invalid JSON document");

    public static PatchException BadPrimitiveList() =>
        PatchException.BadRequest("invalid patch format of primitive list");

    public static PatchException BadRetainKeys() => PatchException.BadRequest("invalid patch format of retainKeys");

    public static PatchException BadSetElementOrder() =>
        PatchException.BadRequest("invalid patch format of setElementOrder list");

    public static PatchException ListOfLists() => PatchException.Invalid("lists of lists are not supported");

    public static PatchException UnknownPatchType(JsonNode? directive, JsonObject map) => PatchException.BadRequest(
        $"unknown patch type: {JsonNodeHelpers.RenderRaw(directive)} in map: {JsonNodeHelpers.Render(map)}");

    public static PatchException NoMergeKey(JsonObject map, string mergeKey) => PatchException.BadRequest(
        $"map: {JsonNodeHelpers.Render(map)} does not contain declared merge key: {mergeKey}");

    public static PatchException NotAMap(JsonNode? node) => PatchException.BadRequest(
        $"expected a map, but received a {JsonNodeHelpers.GoKindName(node)}");

    public static PatchException MixedElementTypes(IEnumerable<List<JsonNode?>> lists) => PatchException.BadRequest(
        "list element types are not identical: "
        + string.Join(" ", lists.Select(list => JsonNodeHelpers.Render(new JsonArray([.. list.Select(i => i?.DeepClone())])))));

    public static PatchException NoMergeKeyForList(string path) =>
        PatchException.BadRequest($"cannot merge lists without merge key for {path}");

    public static PatchException MergeDirectiveInList() =>
        PatchException.BadRequest("merging lists cannot yet be specified in the patch");

    public static PatchException OrderMismatch(IEnumerable<JsonNode?> patchList, IEnumerable<JsonNode?> order) =>
        PatchException.BadRequest(
            $"the order in patch list:\n{RenderList(patchList)}\n doesn't match $setElementOrder list:\n{RenderList(order)}");

    /// <summary>
    /// The common kind of the items of the lists (booleans as <see cref="JsonValueKind.True"/>), or
    /// <see cref="JsonValueKind.Undefined"/> when they are all empty. Throws 422 for a list of lists
    /// and 400 for items of different kinds.
    /// </summary>
    public static JsonValueKind ElementKind(params List<JsonNode?>[] lists)
    {
        var kind = JsonValueKind.Undefined;
        foreach (var item in lists.SelectMany(list => list))
        {
            var itemKind = JsonNodeHelpers.KindOf(item);
            if (kind == JsonValueKind.Undefined && itemKind == JsonValueKind.Array)
            {
                throw ListOfLists();
            }

            if (kind != JsonValueKind.Undefined && kind != itemKind)
            {
                throw MixedElementTypes(lists);
            }

            kind = itemKind;
        }

        return kind;
    }

    private static string RenderList(IEnumerable<JsonNode?> list) =>
        JsonNodeHelpers.Render(new JsonArray([.. list.Select(item => item?.DeepClone())]));
}
