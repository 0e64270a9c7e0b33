using System.Text.Json.Nodes;
using static RouteApi.Core.Patching.Tests.PatchAssert;

namespace RouteApi.Core.Patching.Tests;

public sealed class StrategicMergePatchDirectiveTests
{
    private const string Route = """
        {
          "metadata": {
            "name": "web",
            "labels": {"app": "web", "tier": "fe"},
            "finalizers": ["a", "b", "c"],
            "ownerReferences": [{"uid": "1", "name": "one"}, {"uid": "2", "name": "two"}, {"uid": "3", "name": "three"}]
          },
          "spec": {
            "host": "web.example.com",
            "tls": {"termination": "edge", "key": "k", "certificate": "c", "insecureEdgeTerminationPolicy": "Redirect"},
            "alternateBackends": [{"name": "a"}, {"name": "b"}],
            "hosts": ["x", "y", "z"]
          }
        }
        """;

    private static JsonNode? Patch(string patch) => StrategicMergePatch.Apply(Json(Route), Json(patch), PatchSchema.Route);

    private static JsonArray Uids(JsonNode? list) => new([.. list!.AsArray().Select(item => item!["uid"]!.DeepClone())]);

    [Fact]
    public void PatchReplace_InObject_ReplacesTheObject()
    {
        var result = Patch("""{"metadata": {"labels": {"$patch": "replace", "env": "prod"}}}""");

        JsonEqual("""{"env": "prod"}""", result!["metadata"]!["labels"]);
    }

    [Fact]
    public void PatchReplace_AtRoot_ReplacesTheDocument()
    {
        var result = Patch("""{"$patch": "replace", "kind": "Route"}""");

        JsonEqual("""{"kind": "Route"}""", result);
    }

    [Fact]
    public void PatchDelete_InObject_LeavesEmptyObjectAsUpstream()
    {
        var result = Patch("""{"spec": {"tls": {"$patch": "delete"}}}""");

        JsonEqual("{}", result!["spec"]!["tls"]);
    }

    [Fact]
    public void PatchMerge_InObject_MergesAsDefault()
    {
        var result = Patch("""{"metadata": {"labels": {"$patch": "merge", "env": "prod"}}}""");

        JsonEqual("""{"app": "web", "tier": "fe", "env": "prod"}""", result!["metadata"]!["labels"]);
    }

    [Fact]
    public void PatchDirective_ObjectMissingFromOriginal_IsDropped()
    {
        var result = Patch("""{"status": {"$patch": "replace", "ingress": []}, "spec": {"port": {"$patch": "delete"}}}""");

        Assert.False(((JsonObject)result!).ContainsKey("status"));
        Assert.False(((JsonObject)result["spec"]!).ContainsKey("port"));
    }

    [Fact]
    public void PatchReplace_ItemOfKeyedList_ReplacesTheList()
    {
        var result = Patch("""{"metadata": {"ownerReferences": [{"uid": "9", "name": "nine"}, {"$patch": "replace"}]}}""");

        JsonEqual("""[{"uid": "9", "name": "nine"}]""", result!["metadata"]!["ownerReferences"]);
    }

    [Fact]
    public void PatchReplace_AloneInKeyedList_EmptiesTheList()
    {
        var result = Patch("""{"metadata": {"ownerReferences": [{"$patch": "replace"}]}}""");

        JsonEqual("[]", result!["metadata"]!["ownerReferences"]);
    }

    [Fact]
    public void PatchDelete_ItemOfKeyedList_DeletesMatchingItems()
    {
        var result = Patch("""{"metadata": {"ownerReferences": [{"$patch": "delete", "uid": "2"}, {"uid": "4", "name": "four"}]}}""");

        JsonEqual("""["4", "1", "3"]""", Uids(result!["metadata"]!["ownerReferences"]));
    }

    [Fact]
    public void PatchDelete_ItemOfKeyedListMissingFromOriginal_IsDropped()
    {
        var original = Json("""{"metadata": {"name": "web"}}""");

        var result = StrategicMergePatch.Apply(original, Json("""
            {"metadata": {"ownerReferences": [{"uid": "1", "name": "one"}, {"$patch": "delete", "uid": "2"}]}}
            """), PatchSchema.Route);

        JsonEqual("""[{"uid": "1", "name": "one"}]""", result!["metadata"]!["ownerReferences"]);
    }

    [Fact]
    public void PatchReplace_ItemOfReplacedList_IsKeptVerbatimAsUpstream()
    {
        var result = Patch("""{"spec": {"alternateBackends": [{"$patch": "replace"}, {"name": "c"}]}}""");

        JsonEqual("""[{"$patch": "replace"}, {"name": "c"}]""", result!["spec"]!["alternateBackends"]);
    }

    [Fact]
    public void RetainKeys_ClearsUnlistedMembers()
    {
        var result = Patch("""
            {"spec": {"tls": {"$retainKeys": ["termination", "insecureEdgeTerminationPolicy"], "termination": "passthrough"}}}
            """);

        JsonEqual("""{"termination": "passthrough", "insecureEdgeTerminationPolicy": "Redirect"}""", result!["spec"]!["tls"]);
    }

    [Fact]
    public void RetainKeys_NullMemberNotListed_IsAllowed()
    {
        var result = Patch("""{"spec": {"tls": {"$retainKeys": ["termination"], "key": null}}}""");

        JsonEqual("""{"termination": "edge"}""", result!["spec"]!["tls"]);
    }

    [Fact]
    public void DeleteFromPrimitiveList_MergeList_RemovesValues()
    {
        var result = Patch("""{"metadata": {"$deleteFromPrimitiveList/finalizers": ["b", "x"]}}""");

        JsonEqual("""["a", "c"]""", result!["metadata"]!["finalizers"]);
    }

    [Fact]
    public void DeleteFromPrimitiveList_ReplacedList_AlsoRemovesValues()
    {
        var result = Patch("""{"spec": {"$deleteFromPrimitiveList/hosts": ["y"]}}""");

        JsonEqual("""["x", "z"]""", result!["spec"]!["hosts"]);
    }

    [Fact]
    public void DeleteFromPrimitiveList_MissingList_AddsNothing()
    {
        var result = Patch("""{"spec": {"$deleteFromPrimitiveList/paths": ["y"]}}""");

        Assert.False(((JsonObject)result!["spec"]!).ContainsKey("paths"));
    }

    [Fact]
    public void DeleteFromPrimitiveList_WithAdditions_AddsAndRemoves()
    {
        var result = Patch("""{"metadata": {"finalizers": ["d"], "$deleteFromPrimitiveList/finalizers": ["a"]}}""");

        JsonEqual("""["d", "b", "c"]""", result!["metadata"]!["finalizers"]);
    }

    [Fact]
    public void SetElementOrder_PrimitiveMergeList_Reorders()
    {
        var result = Patch("""{"metadata": {"$setElementOrder/finalizers": ["c", "a", "b"]}}""");

        JsonEqual("""["c", "a", "b"]""", result!["metadata"]!["finalizers"]);
    }

    [Fact]
    public void SetElementOrder_WithAddedValue_PlacesItWhereOrdered()
    {
        var result = Patch("""{"metadata": {"$setElementOrder/finalizers": ["a", "d", "b", "c"], "finalizers": ["d"]}}""");

        JsonEqual("""["a", "d", "b", "c"]""", result!["metadata"]!["finalizers"]);
    }

    [Fact]
    public void SetElementOrder_WithDeletion_OrdersWhatRemains()
    {
        var result = Patch("""
            {"metadata": {"$setElementOrder/finalizers": ["c", "a"], "$deleteFromPrimitiveList/finalizers": ["b"]}}
            """);

        JsonEqual("""["c", "a"]""", result!["metadata"]!["finalizers"]);
    }

    [Fact]
    public void SetElementOrder_KeyedList_ReordersByMergeKey()
    {
        var result = Patch("""{"metadata": {"$setElementOrder/ownerReferences": [{"uid": "3"}, {"uid": "1"}, {"uid": "2"}]}}""");

        JsonEqual("""["3", "1", "2"]""", Uids(result!["metadata"]!["ownerReferences"]));
    }

    [Fact]
    public void SetElementOrder_KeyedListWithChanges_MergesAndOrders()
    {
        var result = Patch("""
            {"metadata": {
              "$setElementOrder/ownerReferences": [{"uid": "2"}, {"uid": "4"}, {"uid": "1"}],
              "ownerReferences": [{"uid": "2", "name": "TWO"}, {"uid": "4", "name": "four"}, {"$patch": "delete", "uid": "3"}]}}
            """);

        JsonEqual("""[{"uid": "2", "name": "TWO"}, {"uid": "4", "name": "four"}, {"uid": "1", "name": "one"}]""",
            result!["metadata"]!["ownerReferences"]);
    }

    [Fact]
    public void SetElementOrder_ItemNotInList_IsIgnored()
    {
        var result = Patch("""{"metadata": {"$setElementOrder/finalizers": ["c", "q", "b", "a"]}}""");

        JsonEqual("""["c", "b", "a"]""", result!["metadata"]!["finalizers"]);
    }

    [Fact]
    public void SetElementOrder_ListMissingFromOriginal_TakesPatchInOrder()
    {
        var original = Json("""{"metadata": {"name": "web"}}""");

        var result = StrategicMergePatch.Apply(original, Json("""
            {"metadata": {"$setElementOrder/finalizers": ["b", "a"], "finalizers": ["b", "a"]}}
            """), PatchSchema.Route);

        JsonEqual("""["b", "a"]""", result!["metadata"]!["finalizers"]);
    }

    [Fact]
    public void SetElementOrder_ReplacedPrimitiveList_Reorders()
    {
        var result = Patch("""{"spec": {"$setElementOrder/hosts": ["z", "x", "y"]}}""");

        JsonEqual("""["z", "x", "y"]""", result!["spec"]!["hosts"]);
    }
}
