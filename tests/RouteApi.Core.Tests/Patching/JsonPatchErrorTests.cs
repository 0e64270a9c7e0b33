using System.Text.Json.Nodes;
using static RouteApi.Core.Patching.Tests.PatchAssert;

namespace RouteApi.Core.Patching.Tests;

public sealed class JsonPatchErrorTests
{
    private const string Route = """
        {
          "metadata": {"name": "web"},
          "spec": {
            "host": "web.example.com",
            "to": {"kind": "Service", "name": "web", "weight": 100},
            "alternateBackends": [{"name": "a"}, {"name": "b"}]
          }
        }
        """;

    private static void Invalid(string message, string patch) =>
        Fails(PatchErrorKind.Invalid, message, () => JsonPatch.Apply(Json(Route), Json(patch)));

    private static void BadRequest(string message, string patch) =>
        Fails(PatchErrorKind.BadRequest, message, () => JsonPatch.Apply(Json(Route), Json(patch)));

    [Fact]
    public void Apply_ObjectInsteadOfArray_IsBadRequest() =>
        BadRequest("json: cannot unmarshal object into Go value of type jsonpatch.Patch", """{"op": "add"}""");

    [Fact]
    public void Apply_NonObjectOperation_IsBadRequest() =>
        BadRequest("json: cannot unmarshal number into Go value of type jsonpatch.Operation", "[1]");

    [Fact]
    public void Apply_UnknownOp_IsBadRequest() =>
        BadRequest("""invalid operation {"op":"merge","path":"/spec"}: unsupported operation""",
            """[{"op": "merge", "path": "/spec"}]""");

    [Fact]
    public void Apply_MissingOp_IsBadRequest() =>
        BadRequest("""invalid operation {"path":"/spec"}: unsupported operation""", """[{"path": "/spec"}]""");

    [Fact]
    public void Apply_MissingPath_IsBadRequest() =>
        BadRequest("""invalid operation {"op":"add","value":1}: operation missing path field""",
            """[{"op": "add", "value": 1}]""");

    [Fact]
    public void Apply_NonStringPath_IsBadRequest() =>
        BadRequest("""invalid operation {"op":"remove","path":1}: operation path field is not a string""",
            """[{"op": "remove", "path": 1}]""");

    [Fact]
    public void Apply_MoveWithoutFrom_IsBadRequest() =>
        BadRequest("""invalid operation {"op":"move","path":"/a"}: operation, missing from field""",
            """[{"op": "move", "path": "/a"}]""");

    [Fact]
    public void Apply_AddWithoutValue_IsBadRequest() =>
        BadRequest("""invalid operation {"op":"add","path":"/a"}: operation, missing value field""",
            """[{"op": "add", "path": "/a"}]""");

    [Fact]
    public void Apply_TestWithoutValue_IsBadRequest() =>
        BadRequest("""invalid operation {"op":"test","path":"/a"}: operation, missing value field""",
            """[{"op": "test", "path": "/a"}]""");

    [Fact]
    public void Apply_MalformedOperationAfterFailingTest_IsBadRequest() =>
        BadRequest("""invalid operation {"op":"nope"}: unsupported operation""",
            """[{"op": "test", "path": "/spec/host", "value": "x"}, {"op": "nope"}]""");

    [Fact]
    public void Apply_MoreThanMaxOperations_IsTooLarge()
    {
        var patch = new JsonArray([.. Enumerable.Range(0, JsonPatch.MaxOperations + 1)
            .Select(_ => Json("""{"op": "test", "path": "/spec/host", "value": "web.example.com"}"""))]);

        Fails(PatchErrorKind.TooLarge, "The allowed maximum operations in a JSON patch is 10000, got 10001",
            () => JsonPatch.Apply(Json(Route), patch));
    }

    [Fact]
    public void Test_DifferentString_IsInvalidNamingPath() =>
        Invalid("testing value /spec/host failed", """[{"op": "test", "path": "/spec/host", "value": "x"}]""");

    [Fact]
    public void Test_DifferentNumber_IsInvalid() =>
        Invalid("testing value /spec/to/weight failed", """[{"op": "test", "path": "/spec/to/weight", "value": 100.5}]""");

    [Fact]
    public void Test_NumberAgainstString_IsInvalid() =>
        Invalid("testing value /spec/to/weight failed", """[{"op": "test", "path": "/spec/to/weight", "value": "100"}]""");

    [Fact]
    public void Test_ObjectWithExtraMember_IsInvalid() =>
        Invalid("testing value /spec/to failed",
            """[{"op": "test", "path": "/spec/to", "value": {"kind": "Service", "name": "web"}}]""");

    [Fact]
    public void Test_AbsentMemberAgainstValue_IsInvalid() =>
        Invalid("testing value /spec/path failed", """[{"op": "test", "path": "/spec/path", "value": "/"}]""");

    [Fact]
    public void Test_MissingParent_IsInvalid() =>
        Invalid("test operation does not apply: is missing path: /spec/tls/termination",
            """[{"op": "test", "path": "/spec/tls/termination", "value": "edge"}]""");

    [Fact]
    public void Add_MissingParent_IsInvalid() =>
        Invalid("add operation does not apply: doc is missing path: \"/spec/tls/termination\"",
            """[{"op": "add", "path": "/spec/tls/termination", "value": "edge"}]""");

    [Fact]
    public void Add_PathWithoutLeadingSlash_IsInvalid() =>
        Invalid("add operation does not apply: doc is missing path: \"spec\"", """[{"op": "add", "path": "spec", "value": 1}]""");

    [Fact]
    public void Add_IndexPastEnd_IsInvalid() =>
        Invalid("error in add for path: '/spec/alternateBackends/3': Unable to access invalid index: 3",
            """[{"op": "add", "path": "/spec/alternateBackends/3", "value": {}}]""");

    [Fact]
    public void Add_LeadingZeroIndex_IsInvalid() =>
        Invalid("error in add for path: '/spec/alternateBackends/01': value was not a proper array index: '01'",
            """[{"op": "add", "path": "/spec/alternateBackends/01", "value": {}}]""");

    [Fact]
    public void Add_NegativeIndex_IsInvalid() =>
        Invalid("error in add for path: '/spec/alternateBackends/-1': value was not a proper array index: '-1'",
            """[{"op": "add", "path": "/spec/alternateBackends/-1", "value": {}}]""");

    [Fact]
    public void Add_ThroughArrayWithBadIndex_IsMissingPath() =>
        Invalid("add operation does not apply: doc is missing path: \"/spec/alternateBackends/5/name\"",
            """[{"op": "add", "path": "/spec/alternateBackends/5/name", "value": "x"}]""");

    [Fact]
    public void Add_UnderScalar_IsMissingPath() =>
        Invalid("add operation does not apply: doc is missing path: \"/spec/host/x\"",
            """[{"op": "add", "path": "/spec/host/x", "value": "x"}]""");

    [Fact]
    public void Remove_MissingMember_IsInvalid() =>
        Invalid("error in remove for path: '/spec/path': Unable to remove nonexistent key: path",
            """[{"op": "remove", "path": "/spec/path"}]""");

    [Fact]
    public void Remove_IndexPastEnd_IsInvalid() =>
        Invalid("error in remove for path: '/spec/alternateBackends/2': Unable to access invalid index: 2",
            """[{"op": "remove", "path": "/spec/alternateBackends/2"}]""");

    [Fact]
    public void Remove_DashIndex_IsInvalid() =>
        Invalid("error in remove for path: '/spec/alternateBackends/-': value was not a proper array index: '-'",
            """[{"op": "remove", "path": "/spec/alternateBackends/-"}]""");

    [Fact]
    public void Remove_WholeDocument_IsInvalid() =>
        Invalid("remove operation does not apply: cannot remove the whole document", """[{"op": "remove", "path": ""}]""");

    [Fact]
    public void Replace_MissingMember_IsInvalid() =>
        Invalid("replace operation does not apply: doc is missing path: /spec/foo",
            """[{"op": "replace", "path": "/spec/foo", "value": 1}]""");

    [Fact]
    public void Replace_MissingParent_IsInvalid() =>
        Invalid("replace operation does not apply: doc is missing path: /status/ingress",
            """[{"op": "replace", "path": "/status/ingress", "value": []}]""");

    [Fact]
    public void Replace_IndexPastEnd_IsInvalid() =>
        Invalid("error in replace for path: '/spec/alternateBackends/2': Unable to access invalid index: 2",
            """[{"op": "replace", "path": "/spec/alternateBackends/2", "value": {}}]""");

    [Fact]
    public void Move_IntoOwnChild_IsInvalid() =>
        Invalid("move operation does not apply: cannot move \"/spec\" into its own child \"/spec/to/spec\"",
            """[{"op": "move", "from": "/spec", "path": "/spec/to/spec"}]""");

    [Fact]
    public void Move_WholeDocumentIntoChild_IsInvalid() =>
        Invalid("move operation does not apply: cannot move \"\" into its own child \"/copy\"",
            """[{"op": "move", "from": "", "path": "/copy"}]""");

    [Fact]
    public void Move_MissingFrom_IsInvalid() =>
        Invalid("move operation does not apply: doc is missing from path: /spec/path",
            """[{"op": "move", "from": "/spec/path", "path": "/spec/x"}]""");

    [Fact]
    public void Move_MissingDestinationParent_IsInvalid() =>
        Invalid("move operation does not apply: doc is missing destination path: /spec/tls/x",
            """[{"op": "move", "from": "/spec/host", "path": "/spec/tls/x"}]""");

    [Fact]
    public void Copy_MissingFrom_IsInvalid() =>
        Invalid("copy operation does not apply: doc is missing from path: /spec/tls",
            """[{"op": "copy", "from": "/spec/tls", "path": "/spec/x"}]""");

    [Fact]
    public void Copy_MissingDestinationParent_IsInvalid() =>
        Invalid("copy operation does not apply: doc is missing destination path: /spec/tls/x",
            """[{"op": "copy", "from": "/spec/host", "path": "/spec/tls/x"}]""");

    [Fact]
    public void Copy_AccumulatedSizeOverLimit_IsInvalid()
    {
        var document = new JsonObject { ["big"] = new string('x', 1_100_000) };
        var patch = Json("""
            [{"op": "copy", "from": "/big", "path": "/a"},
             {"op": "copy", "from": "/big", "path": "/b"},
             {"op": "copy", "from": "/big", "path": "/c"}]
            """);

        Fails(PatchErrorKind.Invalid,
            "Unable to complete the copy, the accumulated size increase of copy is 3300006, exceeding the limit 3145728",
            () => JsonPatch.Apply(document, patch));
    }

    [Fact]
    public void Apply_FailingOperation_LeavesDocumentUnchanged()
    {
        var document = Json(Route);

        Assert.Throws<PatchException>(() => JsonPatch.Apply(document, Json("""
            [{"op": "remove", "path": "/spec/host"}, {"op": "test", "path": "/metadata/name", "value": "x"}]
            """)));

        JsonEqual(Route, document);
    }
}
