using System.Text.Json.Nodes;
using RouteApi.Core.Model;

namespace RouteApi.Core.ManagedFields.Tests;

public sealed class FieldManagerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static FieldOwner Owner(string manager, string? subresource = null, int minute = 0) =>
        new(manager, "route.openshift.io/v1", subresource, T0.AddMinutes(minute));

    private static JsonObject Json(string text) => JsonNode.Parse(text)!.AsObject();

    private static string Fields(IReadOnlyList<ManagedFieldsEntry>? entries, string manager, string operation) =>
        entries!.Single(e => e.Manager == manager && e.Operation == operation).FieldsV1!.ToString();

    [Fact]
    public void Update_OnCreate_OwnsSetFieldsButNotServerMetadata()
    {
        var created = Json("""{"apiVersion":"route.openshift.io/v1","kind":"Route","metadata":{"name":"r","namespace":"ns","labels":{"app":"a"}},"spec":{"host":"h","to":{"kind":"Service","name":"s"}},"status":{}}""");

        var entries = FieldManager.Update(null, null, created, null, Owner("kubectl-create"));

        Assert.Equal("""{"f:metadata":{"f:labels":{".":{},"f:app":{}}},"f:spec":{"f:host":{},"f:to":{"f:kind":{},"f:name":{}}}}""", Fields(entries, "kubectl-create", "Update"));
    }

    [Fact]
    public void Update_ChangingAnotherManagersField_TakesItOver()
    {
        var before = Json("""{"spec":{"host":"h","path":"/a"}}""");
        var first = FieldManager.Update(null, null, before, null, Owner("one"));

        var entries = FieldManager.Update(before, first, Json("""{"spec":{"host":"h","path":"/b"}}"""), null, Owner("two", minute: 1));

        Assert.Equal(("""{"f:spec":{"f:host":{}}}""", """{"f:spec":{"f:path":{}}}"""), (Fields(entries, "one", "Update"), Fields(entries, "two", "Update")));
    }

    [Fact]
    public void Update_ThatChangesNothing_AddsNoEntry()
    {
        var route = Json("""{"spec":{"host":"h"}}""");
        var first = FieldManager.Update(null, null, route, null, Owner("one"));

        var entries = FieldManager.Update(route, first, route, null, Owner("two", minute: 1));

        Assert.Equal(["one"], entries!.Select(e => e.Manager));
    }

    [Fact]
    public void Update_WithEmptyManagedFieldsList_ResetsOwnership()
    {
        var route = Json("""{"spec":{"host":"h"}}""");
        var first = FieldManager.Update(null, null, route, null, Owner("one"));

        var entries = FieldManager.Update(route, first, route, [], Owner("two", minute: 1));

        Assert.Null(entries);
    }

    [Fact]
    public void Update_WithOneEmptyEntry_ResetsOwnership()
    {
        var route = Json("""{"spec":{"host":"h"}}""");
        var first = FieldManager.Update(null, null, route, null, Owner("one"));

        var entries = FieldManager.Update(route, first, route, [new ManagedFieldsEntry()], Owner("two", minute: 1));

        Assert.Null(entries);
    }

    [Fact]
    public void Update_WithInvalidSentEntries_KeepsTheLiveOnes()
    {
        var route = Json("""{"spec":{"host":"h"}}""");
        var first = FieldManager.Update(null, null, route, null, Owner("one"));

        var entries = FieldManager.Update(route, first, route, [new ManagedFieldsEntry { Manager = "x", Operation = "Bogus" }], Owner("two", minute: 1));

        Assert.Equal(["one"], entries!.Select(e => e.Manager));
    }

    [Fact]
    public void Update_ThroughStatus_RecordsSubresourceAndOnlyStatusFields()
    {
        var before = Json("""{"spec":{"host":"h"},"status":{}}""");

        var entries = FieldManager.Update(before, null, Json("""{"spec":{"host":"other"},"status":{"ingress":[{"host":"h"}]}}"""), null, Owner("router", "status"));

        var entry = Assert.Single(entries!);
        Assert.Equal(("status", """{"f:status":{"f:ingress":{}}}"""), (entry.Subresource, entry.FieldsV1!.ToString()));
    }

    [Fact]
    public void Apply_OnNothing_OwnsExactlyTheConfiguration()
    {
        var config = Json("""{"apiVersion":"route.openshift.io/v1","kind":"Route","metadata":{"name":"r"},"spec":{"to":{"name":"s"},"alternateBackends":[{"kind":"Service","name":"b"}]}}""");

        var result = FieldManager.Apply(null, null, config, Owner("mgr"), force: false);

        Assert.Equal("""{"f:spec":{"f:alternateBackends":{"k:{\"kind\":\"Service\",\"name\":\"b\"}":{".":{},"f:kind":{},"f:name":{}}},"f:to":{"f:name":{}}}}""", Fields(result.ManagedFields, "mgr", "Apply"));
    }

    [Fact]
    public void Apply_ChangingAnUpdatersField_ConflictsNamingManagerAndPath()
    {
        var live = Json("""{"spec":{"host":"h"}}""");
        var entries = FieldManager.Update(null, null, live, null, Owner("kubectl-edit"));

        var conflict = Assert.Throws<FieldManagerConflictException>(() => FieldManager.Apply(live, entries, Json("""{"spec":{"host":"other"}}"""), Owner("mgr"), force: false));

        Assert.Equal("Apply failed with 1 conflict: conflict with \"kubectl-edit\" using route.openshift.io/v1: .spec.host", conflict.Message);
    }

    [Fact]
    public void Apply_SameValueAsAnotherManager_SharesOwnershipWithoutConflict()
    {
        var live = Json("""{"spec":{"host":"h"}}""");
        var entries = FieldManager.Update(null, null, live, null, Owner("kubectl-edit"));

        var result = FieldManager.Apply(live, entries, Json("""{"spec":{"host":"h"}}"""), Owner("mgr"), force: false);

        Assert.Equal(2, result.ManagedFields!.Count(e => Fields([e], e.Manager!, e.Operation!) == """{"f:spec":{"f:host":{}}}"""));
    }

    [Fact]
    public void Apply_Forced_TakesTheFieldFromTheOtherManager()
    {
        var live = Json("""{"spec":{"host":"h","path":"/p"}}""");
        var entries = FieldManager.Update(null, null, live, null, Owner("kubectl-edit"));

        var result = FieldManager.Apply(live, entries, Json("""{"spec":{"host":"other"}}"""), Owner("mgr"), force: true);

        Assert.Equal("""{"f:spec":{"f:path":{}}}""", Fields(result.ManagedFields, "kubectl-edit", "Update"));
    }

    [Fact]
    public void Apply_DroppingAFieldItAppliedBefore_RemovesIt()
    {
        var first = FieldManager.Apply(null, null, Json("""{"metadata":{"labels":{"a":"1","b":"2"}},"spec":{"host":"h"}}"""), Owner("mgr"), force: false);

        var second = FieldManager.Apply(first.Merged, first.ManagedFields, Json("""{"metadata":{"labels":{"a":"1"}},"spec":{"host":"h"}}"""), Owner("mgr", minute: 1), force: false);

        Assert.Equal("""{"metadata":{"labels":{"a":"1"}},"spec":{"host":"h"}}""", second.Merged.ToJsonString());
    }

    [Fact]
    public void Apply_DroppingAFieldAnotherManagerAlsoOwns_KeepsIt()
    {
        var first = FieldManager.Apply(null, null, Json("""{"spec":{"host":"h","path":"/p"}}"""), Owner("one"), force: false);
        var shared = FieldManager.Apply(first.Merged, first.ManagedFields, Json("""{"spec":{"path":"/p"}}"""), Owner("two"), force: false);

        var result = FieldManager.Apply(shared.Merged, shared.ManagedFields, Json("""{"spec":{"host":"h"}}"""), Owner("one", minute: 1), force: false);

        Assert.Equal("""{"spec":{"host":"h","path":"/p"}}""", result.Merged.ToJsonString());
    }

    [Fact]
    public void Apply_MapListItem_MergesByKeyKeepingOtherItems()
    {
        var live = Json("""{"spec":{"alternateBackends":[{"kind":"Service","name":"a","weight":1},{"kind":"Service","name":"b","weight":2}]}}""");

        var result = FieldManager.Apply(live, null, Json("""{"spec":{"alternateBackends":[{"kind":"Service","name":"b","weight":5}]}}"""), Owner("mgr"), force: true);

        Assert.Equal("""[{"kind":"Service","name":"a","weight":1},{"kind":"Service","name":"b","weight":5}]""", result.Merged["spec"]!["alternateBackends"]!.ToJsonString());
    }

    [Fact]
    public void Apply_OnObjectWithoutManagedFields_ConflictsWithBeforeFirstApply()
    {
        var live = Json("""{"spec":{"host":"h"}}""");

        var conflict = Assert.Throws<FieldManagerConflictException>(() => FieldManager.Apply(live, null, Json("""{"spec":{"host":"x"}}"""), Owner("mgr"), force: false));

        Assert.Equal(new FieldConflict("\"before-first-apply\" using route.openshift.io/v1", ".spec.host"), Assert.Single(conflict.Conflicts));
    }

    [Fact]
    public void Apply_AtomicStatusIngressThroughStatus_OwnsTheListWhole()
    {
        var result = FieldManager.Apply(Json("""{"spec":{"host":"h"},"status":{}}"""), null, Json("""{"status":{"ingress":[{"host":"h","routerName":"r"}]}}"""), Owner("router", "status"), force: false);

        Assert.Equal("""{"f:status":{"f:ingress":{}}}""", Fields(result.ManagedFields, "router", "Apply"));
    }

    [Fact]
    public void Apply_ThatChangesNothing_KeepsTheEntryTime()
    {
        var first = FieldManager.Apply(null, null, Json("""{"spec":{"host":"h"}}"""), Owner("mgr"), force: false);

        var again = FieldManager.Apply(first.Merged, first.ManagedFields, Json("""{"spec":{"host":"h"}}"""), Owner("mgr", minute: 5), force: false);

        Assert.Equal(T0, Assert.Single(again.ManagedFields!).Time);
    }

    [Fact]
    public void Conflicts_WithSeveralFields_UseKubesMultiLineMessage()
    {
        var live = Json("""{"spec":{"host":"h","path":"/p"}}""");
        var entries = FieldManager.Update(null, null, live, null, Owner("edit"));

        var conflict = Assert.Throws<FieldManagerConflictException>(() => FieldManager.Apply(live, entries, Json("""{"spec":{"host":"x","path":"/x"}}"""), Owner("mgr"), force: false));

        Assert.Equal("Apply failed with 2 conflicts: conflicts with \"edit\" using route.openshift.io/v1\n- .spec.host\n- .spec.path", conflict.Message);
    }

    [Fact]
    public void Encode_OrdersApplyBeforeUpdateThenByTime()
    {
        var live = Json("""{"spec":{"host":"h"}}""");
        var entries = FieldManager.Update(null, null, live, null, Owner("z-update"));

        var result = FieldManager.Apply(live, entries, Json("""{"spec":{"path":"/p"}}"""), Owner("a-apply", minute: 1), force: false);

        Assert.Equal(["Apply", "Update"], result.ManagedFields!.Select(e => e.Operation));
    }

    [Fact]
    public void Encode_WritesFieldsTypeAndApiVersion()
    {
        var entries = FieldManager.Update(null, null, Json("""{"spec":{"host":"h"}}"""), null, Owner("m"));

        var entry = Assert.Single(entries!);
        Assert.Equal(("FieldsV1", "route.openshift.io/v1", T0), (entry.FieldsType, entry.ApiVersion, entry.Time));
        Assert.Equal("""{"f:spec":{"f:host":{}}}""", entry.FieldsV1!.ToString());
    }
}
