using System.Text.Json.Nodes;
using static RouteApi.Core.Patching.Tests.PatchAssert;

namespace RouteApi.Core.Patching.Tests;

public sealed class StrategicMergePatchTests
{
    private const string Route = """
        {
          "apiVersion": "route.openshift.io/v1",
          "kind": "Route",
          "metadata": {
            "name": "web",
            "labels": {"app": "web", "tier": "fe"},
            "annotations": {"a": "1", "b": "2"},
            "finalizers": ["a", "b"],
            "ownerReferences": [
              {"apiVersion": "v1", "kind": "Service", "name": "one", "uid": "1"},
              {"apiVersion": "v1", "kind": "Service", "name": "two", "uid": "2"}
            ]
          },
          "spec": {
            "host": "web.example.com",
            "to": {"kind": "Service", "name": "web", "weight": 100},
            "alternateBackends": [{"kind": "Service", "name": "a", "weight": 1}, {"kind": "Service", "name": "b", "weight": 2}]
          },
          "status": {"ingress": [{"host": "web.example.com", "routerName": "r1"}, {"host": "web.example.com", "routerName": "r2"}]}
        }
        """;

    internal static JsonNode? Patch(string patch) => StrategicMergePatch.Apply(Json(Route), Json(patch), PatchSchema.Route);

    [Fact]
    public void Labels_PatchedMembers_MergeIntoExisting()
    {
        var result = Patch("""{"metadata": {"labels": {"tier": "be", "env": "prod"}}}""");

        JsonEqual("""{"app": "web", "tier": "be", "env": "prod"}""", result!["metadata"]!["labels"]);
    }

    [Fact]
    public void Annotations_NullMember_IsDeleted()
    {
        var result = Patch("""{"metadata": {"annotations": {"a": null, "c": "3"}}}""");

        JsonEqual("""{"b": "2", "c": "3"}""", result!["metadata"]!["annotations"]);
    }

    [Fact]
    public void Spec_NestedObject_MergesMemberByMember()
    {
        var result = Patch("""{"spec": {"to": {"weight": 5}, "path": "/api"}}""");

        JsonEqual("""{"kind": "Service", "name": "web", "weight": 5}""", result!["spec"]!["to"]);
        JsonEqual("\"/api\"", result["spec"]!["path"]);
        JsonEqual("\"web.example.com\"", result["spec"]!["host"]);
    }

    [Fact]
    public void AlternateBackends_ListWithoutMergeStrategy_IsReplaced()
    {
        var result = Patch("""{"spec": {"alternateBackends": [{"kind": "Service", "name": "b", "weight": 9}]}}""");

        JsonEqual("""[{"kind": "Service", "name": "b", "weight": 9}]""", result!["spec"]!["alternateBackends"]);
    }

    [Fact]
    public void StatusIngress_ListWithoutMergeStrategy_IsReplaced()
    {
        var result = Patch("""{"status": {"ingress": [{"host": "other.example.com", "routerName": "r3"}]}}""");

        JsonEqual("""[{"host": "other.example.com", "routerName": "r3"}]""", result!["status"]!["ingress"]);
    }

    [Fact]
    public void Finalizers_OverlappingValues_MergeAsSet()
    {
        var result = Patch("""{"metadata": {"finalizers": ["b", "c"]}}""");

        JsonEqual("""["a", "b", "c"]""", result!["metadata"]!["finalizers"]);
    }

    [Fact]
    public void Finalizers_NewValue_ComesFirstAsUpstream()
    {
        var result = Patch("""{"metadata": {"finalizers": ["c"]}}""");

        JsonEqual("""["c", "a", "b"]""", result!["metadata"]!["finalizers"]);
    }

    [Fact]
    public void Finalizers_DuplicateInPatch_StoredOnce()
    {
        var result = Patch("""{"metadata": {"finalizers": ["a", "a"]}}""");

        JsonEqual("""["a", "b"]""", result!["metadata"]!["finalizers"]);
    }

    [Fact]
    public void Finalizers_PatchOrder_WinsOverServerOrder()
    {
        var result = Patch("""{"metadata": {"finalizers": ["b", "a"]}}""");

        JsonEqual("""["b", "a"]""", result!["metadata"]!["finalizers"]);
    }

    [Fact]
    public void OwnerReferences_SameUid_MergesItemAndAddsNewOnes()
    {
        var result = Patch("""{"metadata": {"ownerReferences": [{"uid": "2", "name": "two-renamed"}, {"uid": "3", "name": "three"}]}}""");

        JsonEqual("""
            [{"apiVersion": "v1", "kind": "Service", "name": "one", "uid": "1"},
             {"apiVersion": "v1", "kind": "Service", "name": "two-renamed", "uid": "2"},
             {"uid": "3", "name": "three"}]
            """, result!["metadata"]!["ownerReferences"]);
    }

    [Fact]
    public void OwnerReferences_NewItem_ComesFirstAsUpstream()
    {
        var result = Patch("""{"metadata": {"ownerReferences": [{"uid": "9", "name": "nine"}]}}""");

        JsonEqual("""["9", "1", "2"]""", new JsonArray([.. result!["metadata"]!["ownerReferences"]!.AsArray()
            .Select(item => item!["uid"]!.DeepClone())]));
    }

    [Fact]
    public void OwnerReferences_ItemNullMember_DeletesIt()
    {
        var result = Patch("""{"metadata": {"ownerReferences": [{"uid": "1", "apiVersion": null}]}}""");

        JsonEqual("""{"kind": "Service", "name": "one", "uid": "1"}""", result!["metadata"]!["ownerReferences"]![0]);
    }

    [Fact]
    public void NullMember_DeletesWholeField()
    {
        var result = Patch("""{"metadata": {"finalizers": null}, "status": null}""");

        Assert.False(((JsonObject)result!["metadata"]!).ContainsKey("finalizers"));
        Assert.False(((JsonObject)result).ContainsKey("status"));
    }

    [Fact]
    public void NewField_NullMembersAreDropped()
    {
        var result = Patch("""{"spec": {"tls": {"termination": "edge", "key": null}}}""");

        JsonEqual("""{"termination": "edge"}""", result!["spec"]!["tls"]);
    }

    [Fact]
    public void ValueOfOtherType_ReplacesOriginal()
    {
        var result = Patch("""{"spec": {"to": "web"}}""");

        JsonEqual("\"web\"", result!["spec"]!["to"]);
    }

    [Fact]
    public void EmptyMergeList_MissingFromOriginal_IsTaken()
    {
        var result = StrategicMergePatch.Apply(Json("{}"), Json("""{"metadata": {"finalizers": []}}"""), PatchSchema.Route);

        JsonEqual("""{"metadata": {"finalizers": []}}""", result);
    }

    [Fact]
    public void Apply_Patch_LeavesInputsUnchanged()
    {
        var original = Json(Route);
        var patch = Json("""{"metadata": {"finalizers": ["c"], "labels": {"x": "y"}}, "spec": {"alternateBackends": []}}""");
        var patchText = patch.ToJsonString();

        StrategicMergePatch.Apply(original, patch, PatchSchema.Route);

        JsonEqual(Route, original);
        JsonEqual(patchText, patch);
    }

    [Fact]
    public void Apply_NullPatch_ReturnsCopyOfOriginal()
    {
        var result = StrategicMergePatch.Apply(Json(Route), null, PatchSchema.Route);

        JsonEqual(Route, result);
    }

    [Fact]
    public void Apply_NullOriginal_PatchesEmptyObject()
    {
        var result = StrategicMergePatch.Apply(null, Json("""{"a": {"b": 1, "c": null}}"""), PatchSchema.Route);

        JsonEqual("""{"a": {"b": 1}}""", result);
    }

    [Fact]
    public void Schema_Empty_ReplacesFinalizers()
    {
        var result = StrategicMergePatch.Apply(Json(Route), Json("""{"metadata": {"finalizers": ["c"]}}"""), PatchSchema.Empty);

        JsonEqual("""["c"]""", result!["metadata"]!["finalizers"]);
    }

    [Fact]
    public void Schema_CustomKeyedList_MergesNestedPath()
    {
        var schema = PatchSchema.Empty.WithMergeList("spec.items", "name").WithMergeList("spec.items.values");
        var original = Json("""{"spec": {"items": [{"name": "x", "values": [1, 2]}]}}""");

        var result = StrategicMergePatch.Apply(original, Json("""{"spec": {"items": [{"name": "x", "values": [2, 3]}]}}"""), schema);

        JsonEqual("""{"spec": {"items": [{"name": "x", "values": [1, 2, 3]}]}}""", result);
    }

    [Fact]
    public void Schema_SetList_EqualNumbersWrittenDifferently_StoredOnce()
    {
        var schema = PatchSchema.Empty.WithMergeList("ports");

        var result = StrategicMergePatch.Apply(Json("""{"ports": [1, 2]}"""), Json("""{"ports": [1.0, 3]}"""), schema);

        JsonEqual("""{"ports": [1, 3, 2]}""", result);
    }
}
