using System.Text.Json.Nodes;

namespace RouteApi.Core.Patching;

/// <summary>One decoded and validated RFC 6902 operation.</summary>
/// <param name="Op">add, remove, replace, move, copy or test.</param>
/// <param name="Path">The target pointer as written.</param>
/// <param name="From">The source pointer of move and copy.</param>
/// <param name="Value">The value of add, replace and test (null is JSON null).</param>
internal sealed record JsonPatchOperation(string Op, string Path, string? From, JsonNode? Value)
{
    /// <summary>
    /// Decodes a patch body: 400 unless it is an array of objects, 413 past
    /// <see cref="JsonPatch.MaxOperations"/>, then 400 for any malformed operation.
    /// </summary>
    public static IReadOnlyList<JsonPatchOperation> ParseAll(JsonNode patch)
    {
        // The texts are Go's encoding/json ones, as kube-apiserver returns them from DecodePatch.
        if (patch is not JsonArray operations)
        {
            throw PatchException.BadRequest(
                $"json: cannot unmarshal {JsonNodeHelpers.GoKindName(patch)} into Go value of type jsonpatch.Patch");
        }

        var notAnObject = operations.FirstOrDefault(op => op is not null and not JsonObject);
        if (notAnObject is not null)
        {
            throw PatchException.BadRequest(
                $"json: cannot unmarshal {JsonNodeHelpers.GoKindName(notAnObject)} into Go value of type jsonpatch.Operation");
        }

        if (operations.Count > JsonPatch.MaxOperations)
        {
            throw new PatchException(
                PatchErrorKind.TooLarge,
                $"The allowed maximum operations in a JSON patch is {JsonPatch.MaxOperations}, got {operations.Count}");
        }

        return [.. operations.Select(op => Parse(op as JsonObject))];
    }

    private static JsonPatchOperation Parse(JsonObject? operation)
    {
        var op = JsonNodeHelpers.AsString(operation?["op"]);
        if (operation is null || op is not ("add" or "remove" or "replace" or "move" or "copy" or "test"))
        {
            throw Malformed(operation, "unsupported operation");
        }

        var path = PointerMember(operation, "path", "operation missing path field");
        string? from = null;
        if (op is "move" or "copy")
        {
            from = PointerMember(operation, "from", "operation, missing from field");
        }

        if (op is "add" or "replace" or "test" && !operation.ContainsKey("value"))
        {
            throw Malformed(operation, "operation, missing value field");
        }

        return new JsonPatchOperation(op, path, from, operation["value"]);
    }

    private static string PointerMember(JsonObject operation, string name, string missingReason)
    {
        var member = operation[name];
        if (member is null)
        {
            throw Malformed(operation, missingReason);
        }

        return JsonNodeHelpers.AsString(member)
            ?? throw Malformed(operation, $"operation {name} field is not a string");
    }

    private static PatchException Malformed(JsonObject? operation, string reason) =>
        PatchException.BadRequest($"invalid operation {JsonNodeHelpers.Render(operation)}: {reason}");
}
