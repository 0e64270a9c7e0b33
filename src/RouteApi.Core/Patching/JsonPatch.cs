using System.Text.Json.Nodes;

namespace RouteApi.Core.Patching;

/// <summary>
/// <c>application/json-patch+json</c>: RFC 6902 JSON Patch as kube-apiserver applies it.
/// </summary>
public static class JsonPatch
{
    /// <summary>The most operations one patch may hold (kube-apiserver's <c>maxJSONPatchOperations</c>).</summary>
    public const int MaxOperations = 10_000;

    /// <summary>
    /// The most bytes of compact JSON that the <c>copy</c> operations of one patch may add
    /// (kube-apiserver's <c>JSONPatchMaxCopyBytes</c>).
    /// </summary>
    public const long MaxCopyBytes = 3 * 1024 * 1024;

    /// <summary>
    /// Applies the operations in order to a copy of <paramref name="document"/>; neither argument
    /// is modified. Pointers follow RFC 6901 (<c>~1</c> is <c>/</c>, <c>~0</c> is <c>~</c>,
    /// <c>""</c> is the whole document); array indexes are decimal without leading zeros, and
    /// <c>-</c> appends on add, move and copy. <c>test</c> compares JSON values (1 equals 1.0);
    /// an absent member tests equal to <c>null</c>, as in evanphx/json-patch.
    /// </summary>
    /// <param name="document">The current object; null is JSON null.</param>
    /// <param name="patch">The patch body, an array of operations.</param>
    /// <returns>The patched document.</returns>
    /// <exception cref="PatchException">
    /// <see cref="PatchErrorKind.BadRequest"/> (400) when the body is not an array of well-formed
    /// operations; <see cref="PatchErrorKind.TooLarge"/> (413) past <see cref="MaxOperations"/>;
    /// <see cref="PatchErrorKind.Invalid"/> (422) when an operation does not apply, for example
    /// <c>testing value /spec/host failed</c> or
    /// <c>replace operation does not apply: doc is missing path: /spec/foo</c>.
    /// </exception>
    public static JsonNode? Apply(JsonNode? document, JsonNode patch)
    {
        ArgumentNullException.ThrowIfNull(patch);
        var operations = JsonPatchOperation.ParseAll(patch);
        var applier = new JsonPatchApplier(document);
        foreach (var operation in operations)
        {
            applier.Apply(operation);
        }

        return applier.Root;
    }
}
