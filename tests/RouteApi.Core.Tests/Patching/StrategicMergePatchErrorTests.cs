using static RouteApi.Core.Patching.Tests.PatchAssert;

namespace RouteApi.Core.Patching.Tests;

public sealed class StrategicMergePatchErrorTests
{
    private const string Route = """
        {
          "metadata": {
            "name": "web",
            "labels": {"app": "web"},
            "finalizers": ["a", "b"],
            "ownerReferences": [{"uid": "1", "name": "one"}, {"uid": "2", "name": "two"}]
          },
          "spec": {"host": "web.example.com", "tls": {"termination": "edge"}, "alternateBackends": [{"name": "a"}]}
        }
        """;

    private static void BadRequest(string message, string patch) =>
        Fails(PatchErrorKind.BadRequest, message, () => StrategicMergePatch.Apply(Json(Route), Json(patch), PatchSchema.Route));

    [Fact]
    public void Apply_PatchNotAnObject_IsInvalidJsonDocument() =>
        BadRequest("invalid JSON document", """[{"op": "add"}]""");

    [Fact]
    public void Apply_OriginalNotAnObject_IsInvalidJsonDocument() =>
        Fails(PatchErrorKind.BadRequest, "invalid JSON document",
            () => StrategicMergePatch.Apply(Json("[1]"), Json("{}"), PatchSchema.Route));

    [Fact]
    public void PatchDirective_UnknownValue_IsBadRequest() =>
        BadRequest("""unknown patch type: remove in map: {"$patch":"remove","app":"x"}""",
            """{"metadata": {"labels": {"$patch": "remove", "app": "x"}}}""");

    [Fact]
    public void PatchDirective_NonStringValue_IsBadRequest() =>
        BadRequest("""unknown patch type: 1 in map: {"$patch":1}""", """{"metadata": {"labels": {"$patch": 1}}}""");

    [Fact]
    public void PatchDirective_UnknownValueInListItem_IsBadRequest() =>
        BadRequest("""unknown patch type: clear in map: {"$patch":"clear"}""",
            """{"metadata": {"ownerReferences": [{"$patch": "clear"}]}}""");

    [Fact]
    public void PatchMerge_InListItem_IsBadRequest() =>
        BadRequest("merging lists cannot yet be specified in the patch",
            """{"metadata": {"ownerReferences": [{"$patch": "merge"}]}}""");

    [Fact]
    public void PatchDelete_ItemWithoutMergeKey_IsBadRequest() =>
        BadRequest("""map: {"$patch":"delete","name":"one"} does not contain declared merge key: uid""",
            """{"metadata": {"ownerReferences": [{"$patch": "delete", "name": "one"}]}}""");

    [Fact]
    public void KeyedList_ItemWithoutMergeKey_IsBadRequest() =>
        BadRequest("""map: {"name":"three"} does not contain declared merge key: uid""",
            """{"metadata": {"ownerReferences": [{"name": "three"}]}}""");

    [Fact]
    public void MergeList_ListOfLists_IsInvalid() =>
        Fails(PatchErrorKind.Invalid, "lists of lists are not supported", () => StrategicMergePatch.Apply(
            Json("""{"metadata": {"finalizers": []}}"""), Json("""{"metadata": {"finalizers": [["a"]]}}"""), PatchSchema.Route));

    [Fact]
    public void MergeList_MixedElementTypes_IsBadRequest() =>
        BadRequest("""list element types are not identical: ["a","b"] [1]""", """{"metadata": {"finalizers": [1]}}""");

    [Fact]
    public void SetMergeList_ObjectItems_IsBadRequest() =>
        Fails(PatchErrorKind.BadRequest, "cannot merge lists without merge key for metadata.finalizers",
            () => StrategicMergePatch.Apply(
                Json("""{"metadata": {"finalizers": []}}"""), Json("""{"metadata": {"finalizers": [{"a": 1}]}}"""), PatchSchema.Route));

    [Fact]
    public void RetainKeys_NotAList_IsBadRequest() =>
        BadRequest("invalid patch format of retainKeys", """{"spec": {"tls": {"$retainKeys": "termination"}}}""");

    [Fact]
    public void RetainKeys_PatchedMemberNotListed_IsBadRequestAsUpstream() =>
        BadRequest("invalid patch format of retainKeys",
            """{"spec": {"tls": {"$retainKeys": ["termination"], "termination": "edge", "key": "k"}}}""");

    [Fact]
    public void DeleteFromPrimitiveList_KeyWithoutSlash_IsBadRequest() =>
        BadRequest("invalid patch format of primitive list", """{"metadata": {"$deleteFromPrimitiveList": ["a"]}}""");

    [Fact]
    public void DeleteFromPrimitiveList_MisspelledPrefix_IsBadRequest() =>
        BadRequest("invalid patch format of primitive list", """{"metadata": {"$deleteFromPrimitiveLists/finalizers": ["a"]}}""");

    [Fact]
    public void SetElementOrder_KeyWithoutSlash_IsBadRequest() =>
        BadRequest("invalid patch format of setElementOrder list", """{"metadata": {"$setElementOrder": ["a"]}}""");

    [Fact]
    public void SetElementOrder_NotAList_IsBadRequest() =>
        BadRequest("invalid patch format of setElementOrder list", """{"metadata": {"$setElementOrder/finalizers": "a"}}""");

    [Fact]
    public void SetElementOrder_ListOfMapsWithoutMergeKey_IsBadRequest() =>
        BadRequest("invalid patch format of setElementOrder list",
            """{"spec": {"$setElementOrder/alternateBackends": [{"name": "a"}]}}""");

    [Fact]
    public void SetElementOrder_OnNonList_IsBadRequest() =>
        BadRequest("invalid patch format of setElementOrder list", """{"spec": {"$setElementOrder/tls": []}}""");

    [Fact]
    public void SetElementOrder_ContradictingPatchOrder_IsBadRequest() =>
        BadRequest("the order in patch list:\n[\"c\",\"d\"]\n doesn't match $setElementOrder list:\n[\"d\",\"c\"]",
            """{"metadata": {"$setElementOrder/finalizers": ["d", "c"], "finalizers": ["c", "d"]}}""");

    [Fact]
    public void SetElementOrder_KeyedItemWithoutMergeKey_IsBadRequest() =>
        BadRequest("""map: {"name":"one"} does not contain declared merge key: uid""",
            """{"metadata": {"$setElementOrder/ownerReferences": [{"name": "one"}]}}""");
}
