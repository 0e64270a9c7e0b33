using System.Text.Json.Nodes;
using static RouteApi.Core.Patching.Tests.PatchAssert;

namespace RouteApi.Core.Patching.Tests;

public sealed class JsonPatchTests
{
    private const string Route = """
        {
          "metadata": {"name": "web", "annotations": {"example.com/a~b": "1", "~1": "2"}},
          "spec": {
            "host": "web.example.com",
            "to": {"kind": "Service", "name": "web", "weight": 100},
            "alternateBackends": [{"name": "a"}, {"name": "b"}]
          }
        }
        """;

    private static JsonNode? Apply(string patch) => JsonPatch.Apply(Json(Route), Json(patch));

    private static JsonNode? At(JsonNode? document, string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries).Aggregate(document, (node, token) =>
            node is JsonArray list ? list[int.Parse(token, System.Globalization.CultureInfo.InvariantCulture)] : node?[token]);

    [Fact]
    public void Add_NewMember_SetsIt()
    {
        var result = Apply("""[{"op": "add", "path": "/spec/path", "value": "/api"}]""");

        JsonEqual("\"/api\"", At(result, "/spec/path"));
    }

    [Fact]
    public void Add_ExistingMember_ReplacesIt()
    {
        var result = Apply("""[{"op": "add", "path": "/spec/host", "value": "other.example.com"}]""");

        JsonEqual("\"other.example.com\"", At(result, "/spec/host"));
    }

    [Fact]
    public void Add_DashIndex_Appends()
    {
        var result = Apply("""[{"op": "add", "path": "/spec/alternateBackends/-", "value": {"name": "c"}}]""");

        JsonEqual("""[{"name": "a"}, {"name": "b"}, {"name": "c"}]""", At(result, "/spec/alternateBackends"));
    }

    [Fact]
    public void Add_MiddleIndex_InsertsBeforeThatItem()
    {
        var result = Apply("""[{"op": "add", "path": "/spec/alternateBackends/1", "value": {"name": "c"}}]""");

        JsonEqual("""[{"name": "a"}, {"name": "c"}, {"name": "b"}]""", At(result, "/spec/alternateBackends"));
    }

    [Fact]
    public void Add_IndexEqualToLength_Appends()
    {
        var result = Apply("""[{"op": "add", "path": "/spec/alternateBackends/2", "value": {"name": "c"}}]""");

        JsonEqual("""[{"name": "a"}, {"name": "b"}, {"name": "c"}]""", At(result, "/spec/alternateBackends"));
    }

    [Fact]
    public void Add_EmptyPath_ReplacesWholeDocument()
    {
        var result = Apply("""[{"op": "add", "path": "", "value": {"kind": "Route"}}]""");

        JsonEqual("""{"kind": "Route"}""", result);
    }

    [Fact]
    public void Add_EscapedPointer_AddressesKeyWithSlashAndTilde()
    {
        var result = Apply("""[{"op": "add", "path": "/metadata/annotations/example.com~1a~0b", "value": "3"}]""");

        JsonEqual("""{"example.com/a~b": "3", "~1": "2"}""", At(result, "/metadata/annotations"));
    }

    [Fact]
    public void Replace_TildeZeroOne_DecodesToLiteralTildeOne()
    {
        var result = Apply("""[{"op": "replace", "path": "/metadata/annotations/~01", "value": "9"}]""");

        JsonEqual("\"9\"", At(result, "/metadata/annotations")!["~1"]);
    }

    [Fact]
    public void Remove_Member_DeletesIt()
    {
        var result = Apply("""[{"op": "remove", "path": "/spec/host"}]""");

        Assert.False(((JsonObject)At(result, "/spec")!).ContainsKey("host"));
    }

    [Fact]
    public void Remove_ArrayItem_ShiftsTheRest()
    {
        var result = Apply("""[{"op": "remove", "path": "/spec/alternateBackends/0"}]""");

        JsonEqual("""[{"name": "b"}]""", At(result, "/spec/alternateBackends"));
    }

    [Fact]
    public void Replace_Member_SetsNewValue()
    {
        var result = Apply("""[{"op": "replace", "path": "/spec/to/weight", "value": 5}]""");

        JsonEqual("5", At(result, "/spec/to/weight"));
    }

    [Fact]
    public void Replace_ArrayItem_SetsNewValue()
    {
        var result = Apply("""[{"op": "replace", "path": "/spec/alternateBackends/1", "value": {"name": "z"}}]""");

        JsonEqual("""[{"name": "a"}, {"name": "z"}]""", At(result, "/spec/alternateBackends"));
    }

    [Fact]
    public void Replace_EmptyPath_ReplacesWholeDocument()
    {
        var result = Apply("""[{"op": "replace", "path": "", "value": {"kind": "Route"}}]""");

        JsonEqual("""{"kind": "Route"}""", result);
    }

    [Fact]
    public void Move_Member_RemovesSourceAndAddsTarget()
    {
        var result = Apply("""[{"op": "move", "from": "/spec/host", "path": "/metadata/host"}]""");

        JsonEqual("\"web.example.com\"", At(result, "/metadata/host"));
        Assert.False(((JsonObject)At(result, "/spec")!).ContainsKey("host"));
    }

    [Fact]
    public void Move_WithinArray_UsesIndexAfterRemoval()
    {
        var result = Apply("""
            [{"op": "add", "path": "/spec/alternateBackends/-", "value": {"name": "c"}},
             {"op": "move", "from": "/spec/alternateBackends/0", "path": "/spec/alternateBackends/2"}]
            """);

        JsonEqual("""[{"name": "b"}, {"name": "c"}, {"name": "a"}]""", At(result, "/spec/alternateBackends"));
    }

    [Fact]
    public void Move_ToSamePath_LeavesDocumentUnchanged()
    {
        var result = Apply("""[{"op": "move", "from": "/spec/to", "path": "/spec/to"}]""");

        JsonEqual(Route, result);
    }

    [Fact]
    public void Copy_Member_DuplicatesIndependentValue()
    {
        var result = Apply("""
            [{"op": "copy", "from": "/spec/to", "path": "/spec/alternateBackends/-"},
             {"op": "replace", "path": "/spec/to/weight", "value": 1}]
            """);

        JsonEqual("""{"kind": "Service", "name": "web", "weight": 100}""", At(result, "/spec/alternateBackends/2"));
        JsonEqual("1", At(result, "/spec/to/weight"));
    }

    [Fact]
    public void Test_EqualValue_Passes()
    {
        var result = Apply("""
            [{"op": "test", "path": "/spec/to", "value": {"weight": 100, "name": "web", "kind": "Service"}},
             {"op": "replace", "path": "/spec/host", "value": "new.example.com"}]
            """);

        JsonEqual("\"new.example.com\"", At(result, "/spec/host"));
    }

    [Fact]
    public void Test_IntegerAgainstEqualDecimal_Passes()
    {
        var result = Apply("""[{"op": "test", "path": "/spec/to/weight", "value": 100.0}]""");

        JsonEqual(Route, result);
    }

    [Fact]
    public void Test_AbsentMemberAgainstNull_PassesAsInEvanphx()
    {
        var result = Apply("""[{"op": "test", "path": "/spec/tls", "value": null}]""");

        JsonEqual(Route, result);
    }

    [Fact]
    public void Test_EmptyPath_ComparesWholeDocument()
    {
        var result = JsonPatch.Apply(Json("""{"a": [1]}"""), Json("""[{"op": "test", "path": "", "value": {"a": [1.0]}}]"""));

        JsonEqual("""{"a": [1]}""", result);
    }

    [Fact]
    public void Apply_ExactlyMaxOperations_IsAccepted()
    {
        var patch = new JsonArray([.. Enumerable.Range(0, JsonPatch.MaxOperations)
            .Select(_ => Json("""{"op": "test", "path": "/spec/to/weight", "value": 100}"""))]);

        var result = JsonPatch.Apply(Json(Route), patch);

        JsonEqual(Route, result);
    }

    [Fact]
    public void Apply_Success_LeavesInputsUnchanged()
    {
        var document = Json(Route);
        var patch = Json("""[{"op": "add", "path": "/spec/tls", "value": {"termination": "edge"}}]""");

        var result = JsonPatch.Apply(document, patch);

        JsonEqual(Route, document);
        JsonEqual("""[{"op": "add", "path": "/spec/tls", "value": {"termination": "edge"}}]""", patch);
        JsonEqual("""{"termination": "edge"}""", At(result, "/spec/tls"));
    }

    [Fact]
    public void Apply_NullDocumentWithRootAdd_ReturnsValue()
    {
        var result = JsonPatch.Apply(null, Json("""[{"op": "add", "path": "", "value": {"a": 1}}]"""));

        JsonEqual("""{"a": 1}""", result);
    }
}
