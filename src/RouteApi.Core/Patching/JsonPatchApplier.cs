using System.Text;
using System.Text.Json.Nodes;

namespace RouteApi.Core.Patching;

/// <summary>
/// Applies RFC 6902 operations, one at a time, to a private copy of a document. Error texts follow
/// evanphx/json-patch v4 (the library kube-apiserver uses) without its trailing sentinel causes.
/// </summary>
internal sealed class JsonPatchApplier(JsonNode? document)
{
    private long _copiedBytes;

    /// <summary>The document after the operations applied so far.</summary>
    public JsonNode? Root { get; private set; } = document?.DeepClone();

    /// <summary>Applies one operation; throws an Invalid <see cref="PatchException"/> when it does not apply.</summary>
    public void Apply(JsonPatchOperation operation)
    {
        switch (operation.Op)
        {
            case "add":
                Add(operation);
                break;
            case "remove":
                Remove(operation);
                break;
            case "replace":
                Replace(operation);
                break;
            case "move":
                Move(operation);
                break;
            case "copy":
                Copy(operation);
                break;
            default:
                Test(operation);
                break;
        }
    }

    private void Add(JsonPatchOperation operation)
    {
        var missing = $"add operation does not apply: doc is missing path: \"{operation.Path}\"";
        Put(Pointer(operation.Path, missing), operation.Value?.DeepClone(), "add", missing);
    }

    private void Remove(JsonPatchOperation operation)
    {
        var missing = $"remove operation does not apply: doc is missing path: \"{operation.Path}\"";
        var path = Pointer(operation.Path, missing);
        if (path.IsRoot)
        {
            throw PatchException.Invalid("remove operation does not apply: cannot remove the whole document");
        }

        var parent = ParentOf(path) ?? throw PatchException.Invalid(missing);
        Detach(parent, path, "remove",
            $"error in remove for path: '{operation.Path}': Unable to remove nonexistent key: {path.Last}");
    }

    private void Replace(JsonPatchOperation operation)
    {
        // evanphx v4 turns a replace of a missing member into an add; RFC 6902 §4.3 requires the
        // target to exist, and so do we.
        var missing = $"replace operation does not apply: doc is missing path: {operation.Path}";
        var path = Pointer(operation.Path, missing);
        var value = operation.Value?.DeepClone();
        if (path.IsRoot)
        {
            Root = value;
            return;
        }

        switch (ParentOf(path))
        {
            case JsonObject map when map.ContainsKey(path.Last):
                map[path.Last] = value;
                break;
            case JsonArray list:
                list[ExistingIndex(list, path, "replace")] = value;
                break;
            default:
                throw PatchException.Invalid(missing);
        }
    }

    private void Move(JsonPatchOperation operation)
    {
        var fromMissing = $"move operation does not apply: doc is missing from path: {operation.From}";
        var destinationMissing = $"move operation does not apply: doc is missing destination path: {operation.Path}";
        var from = Pointer(operation.From!, fromMissing);
        var path = Pointer(operation.Path, destinationMissing);
        var value = Get(from, "move", fromMissing);
        if (from.SameAs(path))
        {
            return;
        }

        if (from.IsProperPrefixOf(path))
        {
            throw PatchException.Invalid(
                $"move operation does not apply: cannot move \"{operation.From}\" into its own child \"{operation.Path}\"");
        }

        Detach(ParentOf(from)!, from, "move", fromMissing);
        Put(path, value, "move", destinationMissing);
    }

    private void Copy(JsonPatchOperation operation)
    {
        var fromMissing = $"copy operation does not apply: doc is missing from path: {operation.From}";
        var destinationMissing = $"copy operation does not apply: doc is missing destination path: {operation.Path}";
        var from = Pointer(operation.From!, fromMissing);
        var path = Pointer(operation.Path, destinationMissing);
        var value = Get(from, "copy", fromMissing)?.DeepClone();
        CountCopy(value);
        Put(path, value, "copy", destinationMissing);
    }

    private void Test(JsonPatchOperation operation)
    {
        var missing = $"test operation does not apply: is missing path: {operation.Path}";
        var failed = $"testing value {operation.Path} failed";
        var path = Pointer(operation.Path, missing);
        JsonNode? actual = Root;
        if (!path.IsRoot)
        {
            // evanphx/json-patch treats an absent member as equal to null, so kubectl users can
            // assert that a field is unset.
            actual = ParentOf(path) switch
            {
                JsonObject map => map[path.Last],
                JsonArray list => list[ExistingIndex(list, path, "test")],
                _ => throw PatchException.Invalid(missing),
            };
        }

        if (!JsonNode.DeepEquals(actual, operation.Value))
        {
            throw PatchException.Invalid(failed);
        }
    }

    private static JsonPointer Pointer(string text, string missingMessage) =>
        JsonPointer.TryParse(text, out var pointer) ? pointer : throw PatchException.Invalid(missingMessage);

    private JsonNode? ParentOf(JsonPointer path)
    {
        var node = Root;
        for (var i = 0; i < path.Tokens.Count - 1 && node is not null; i++)
        {
            node = node switch
            {
                JsonObject map => map[path.Tokens[i]],
                JsonArray list when JsonPointer.TryParseIndex(path.Tokens[i], out var index) && index < list.Count =>
                    list[index],
                _ => null,
            };
        }

        return node is JsonObject or JsonArray ? node : null;
    }

    private JsonNode? Get(JsonPointer path, string op, string missingMessage) => path.IsRoot
        ? Root
        : ParentOf(path) switch
        {
            JsonObject map when map.TryGetPropertyValue(path.Last, out var value) => value,
            JsonArray list => list[ExistingIndex(list, path, op)],
            _ => throw PatchException.Invalid(missingMessage),
        };

    private void Put(JsonPointer path, JsonNode? value, string op, string missingMessage)
    {
        if (path.IsRoot)
        {
            Root = value;
            return;
        }

        switch (ParentOf(path))
        {
            case JsonObject map:
                map[path.Last] = value;
                break;
            case JsonArray list when path.Last == "-":
                list.Add(value);
                break;
            case JsonArray list:
                var index = Index(path, op);
                list.Insert(index <= list.Count ? index : throw InvalidIndex(path, op), value);
                break;
            default:
                throw PatchException.Invalid(missingMessage);
        }
    }

    private static void Detach(JsonNode parent, JsonPointer path, string op, string missingKeyMessage)
    {
        if (parent is JsonObject map)
        {
            if (!map.Remove(path.Last))
            {
                throw PatchException.Invalid(missingKeyMessage);
            }

            return;
        }

        var list = (JsonArray)parent;
        list.RemoveAt(ExistingIndex(list, path, op));
    }

    private static int ExistingIndex(JsonArray list, JsonPointer path, string op)
    {
        var index = Index(path, op);
        return index < list.Count ? index : throw InvalidIndex(path, op);
    }

    private static int Index(JsonPointer path, string op) =>
        JsonPointer.TryParseIndex(path.Last, out var index)
            ? index
            : throw PatchException.Invalid(
                $"error in {op} for path: '{path}': value was not a proper array index: '{path.Last}'");

    private static PatchException InvalidIndex(JsonPointer path, string op) =>
        PatchException.Invalid($"error in {op} for path: '{path}': Unable to access invalid index: {path.Last}");

    private void CountCopy(JsonNode? value)
    {
        // kube-apiserver caps what copy operations may add (JSONPatchMaxCopyBytes), so a short patch
        // cannot double the document thousands of times.
        _copiedBytes += Encoding.UTF8.GetByteCount(JsonNodeHelpers.Render(value));
        if (_copiedBytes > JsonPatch.MaxCopyBytes)
        {
            throw PatchException.Invalid(
                "Unable to complete the copy, the accumulated size increase of copy is "
                + $"{_copiedBytes}, exceeding the limit {JsonPatch.MaxCopyBytes}");
        }
    }
}
