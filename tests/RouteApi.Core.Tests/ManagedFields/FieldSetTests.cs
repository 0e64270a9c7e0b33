using System.Text.Json.Nodes;

namespace RouteApi.Core.ManagedFields.Tests;

public sealed class FieldSetTests
{
    [Fact]
    public void ToFieldsV1_MemberWithChildren_MarksItselfWithDot()
    {
        var set = new FieldSet();
        set.Insert(["f:metadata", "f:labels"]);
        set.Insert(["f:metadata", "f:labels", "f:app"]);

        var json = set.ToFieldsV1Json();

        Assert.Equal("""{"f:metadata":{"f:labels":{".":{},"f:app":{}}}}""", json);
    }

    [Fact]
    public void FromFieldsV1_ThenToFieldsV1_RoundTrips()
    {
        const string FieldsV1 = """{"f:spec":{"f:alternateBackends":{"k:{\"kind\":\"Service\",\"name\":\"b\"}":{".":{},"f:kind":{},"f:name":{}}},"f:host":{}}}""";

        var json = FieldSet.FromFieldsV1(JsonNode.Parse(FieldsV1)).ToFieldsV1Json();

        Assert.Equal(FieldsV1, json);
    }

    [Fact]
    public void FromFieldsV1_UnknownPathElement_IsRejected()
    {
        Assert.Throws<FormatException>(() => FieldSet.FromFieldsV1(JsonNode.Parse("""{"x:spec":{}}""")));
    }

    [Fact]
    public void Difference_RemovesOnlyTheOtherMembers()
    {
        var left = new FieldSet();
        left.Insert(["f:spec", "f:host"]);
        left.Insert(["f:spec", "f:path"]);
        var right = new FieldSet();
        right.Insert(["f:spec", "f:host"]);

        var json = left.Difference(right).ToFieldsV1Json();

        Assert.Equal("""{"f:spec":{"f:path":{}}}""", json);
    }

    [Fact]
    public void Intersection_KeepsCommonMembers()
    {
        var left = new FieldSet();
        left.Insert(["f:spec", "f:host"]);
        left.Insert(["f:spec", "f:path"]);
        var right = new FieldSet();
        right.Insert(["f:spec", "f:host"]);
        right.Insert(["f:spec", "f:tls", "f:termination"]);

        var json = left.Intersection(right).ToFieldsV1Json();

        Assert.Equal("""{"f:spec":{"f:host":{}}}""", json);
    }

    [Fact]
    public void Insert_InAnyOrder_KeepsFieldsThenKeysThenValuesThenIndexesNumerically()
    {
        var set = new FieldSet();
        set.Insert(["i:10"]);
        set.Insert(["v:\"x\""]);
        set.Insert(["i:2"]);
        set.Insert(["k:{\"name\":\"a\"}"]);
        set.Insert(["f:z"]);
        set.Insert(["f:a"]);

        var paths = set.Paths().Select(p => p[0]);

        Assert.Equal(["f:a", "f:z", "k:{\"name\":\"a\"}", "v:\"x\"", "i:2", "i:10"], paths);
    }

    [Fact]
    public void Union_InterleavedChildren_MergesInOrder()
    {
        var left = new FieldSet();
        left.Insert(["f:spec", "f:host"]);
        left.Insert(["f:spec", "f:tls", "f:termination"]);
        var right = new FieldSet();
        right.Insert(["f:spec", "f:path"]);
        right.Insert(["f:spec", "f:tls"]);
        right.Insert(["f:metadata", "f:labels", "f:app"]);

        var json = left.Union(right).ToFieldsV1Json();

        Assert.Equal("""{"f:metadata":{"f:labels":{"f:app":{}}},"f:spec":{"f:host":{},"f:path":{},"f:tls":{".":{},"f:termination":{}}}}""", json);
    }

    [Fact]
    public void Operations_WithAnEmptySet_GiveTheOtherSideOrNothing()
    {
        var set = new FieldSet();
        set.Insert(["f:spec", "f:host"]);
        var empty = new FieldSet();
        const string Host = """{"f:spec":{"f:host":{}}}""";

        Assert.Equal(Host, set.Union(empty).ToFieldsV1Json());
        Assert.Equal(Host, empty.Union(set).ToFieldsV1Json());
        Assert.Equal(Host, set.Difference(empty).ToFieldsV1Json());
        Assert.True(empty.Difference(set).IsEmpty);
        Assert.True(set.Intersection(empty).IsEmpty);
        Assert.True(empty.Intersection(set).IsEmpty);
        Assert.True(set.Difference(set).IsEmpty);
    }

    [Fact]
    public void Format_KeyAndValueElements_PrintAsStructuredMergeDiffPaths()
    {
        var text = PathElements.Format(["f:spec", "f:alternateBackends", "k:{\"kind\":\"Service\",\"name\":\"b\"}", "f:weight"]);

        Assert.Equal(".spec.alternateBackends[kind=\"Service\",name=\"b\"].weight", text);
    }
}
