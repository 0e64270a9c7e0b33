using static RouteApi.Core.Patching.Tests.PatchAssert;

namespace RouteApi.Core.Patching.Tests;

public sealed class MergePatchTests
{
    // RFC 7386 Appendix A, every example.
    [Theory]
    [InlineData("""{"a":"b"}""", """{"a":"c"}""", """{"a":"c"}""")]
    [InlineData("""{"a":"b"}""", """{"b":"c"}""", """{"a":"b","b":"c"}""")]
    [InlineData("""{"a":"b"}""", """{"a":null}""", """{}""")]
    [InlineData("""{"a":"b","b":"c"}""", """{"a":null}""", """{"b":"c"}""")]
    [InlineData("""{"a":["b"]}""", """{"a":"c"}""", """{"a":"c"}""")]
    [InlineData("""{"a":"c"}""", """{"a":["b"]}""", """{"a":["b"]}""")]
    [InlineData("""{"a":{"b":"c"}}""", """{"a":{"b":"d","c":null}}""", """{"a":{"b":"d"}}""")]
    [InlineData("""{"a":[{"b":"c"}]}""", """{"a":[1]}""", """{"a":[1]}""")]
    [InlineData("""["a","b"]""", """["c","d"]""", """["c","d"]""")]
    [InlineData("""{"a":"b"}""", """["c"]""", """["c"]""")]
    [InlineData("""{"a":"foo"}""", "null", "null")]
    [InlineData("""{"a":"foo"}""", "\"bar\"", "\"bar\"")]
    [InlineData("""{"e":null}""", """{"a":1}""", """{"e":null,"a":1}""")]
    [InlineData("[1,2]", """{"a":"b","c":null}""", """{"a":"b"}""")]
    [InlineData("{}", """{"a":{"bb":{"ccc":null}}}""", """{"a":{"bb":{}}}""")]
    public void Apply_Rfc7386AppendixA_GivesListedResult(string target, string patch, string expected)
    {
        var result = MergePatch.Apply(Json(target), Json(patch));

        JsonEqual(expected, result);
    }

    [Fact]
    public void Apply_RouteLabels_MergeAndDelete()
    {
        var route = Json("""{"metadata": {"name": "web", "labels": {"app": "web", "tier": "fe"}}}""");

        var result = MergePatch.Apply(route, Json("""{"metadata": {"labels": {"tier": null, "env": "prod"}}}"""));

        JsonEqual("""{"metadata": {"name": "web", "labels": {"app": "web", "env": "prod"}}}""", result);
    }

    [Fact]
    public void Apply_RouteAlternateBackends_ReplacedWhole()
    {
        var route = Json("""{"spec": {"alternateBackends": [{"name": "a", "weight": 1}, {"name": "b"}]}}""");

        var result = MergePatch.Apply(route, Json("""{"spec": {"alternateBackends": [{"name": "a"}]}}"""));

        JsonEqual("""{"spec": {"alternateBackends": [{"name": "a"}]}}""", result);
    }

    [Fact]
    public void Apply_ArrayValue_KeepsNullsInside()
    {
        var result = MergePatch.Apply(Json("{}"), Json("""{"a": [null, {"b": null}]}"""));

        JsonEqual("""{"a": [null, {"b": null}]}""", result);
    }

    [Fact]
    public void Apply_Patch_LeavesInputsUnchanged()
    {
        var target = Json("""{"a": {"b": 1}}""");
        var patch = Json("""{"a": {"c": {"d": 2}}}""");

        var result = MergePatch.Apply(target, patch);

        JsonEqual("""{"a": {"b": 1}}""", target);
        JsonEqual("""{"a": {"c": {"d": 2}}}""", patch);
        JsonEqual("""{"a": {"b": 1, "c": {"d": 2}}}""", result);
    }

    [Fact]
    public void Apply_NullTarget_StartsFromEmptyObject()
    {
        var result = MergePatch.Apply(null, Json("""{"a": 1, "b": null}"""));

        JsonEqual("""{"a": 1}""", result);
    }
}
