using System.Text.Json.Nodes;

namespace RouteApi.Core.Patching;

/// <summary><c>application/merge-patch+json</c>: RFC 7386 JSON Merge Patch.</summary>
public static class MergePatch
{
    /// <summary>
    /// Applies <paramref name="patch"/> to a copy of <paramref name="target"/> (RFC 7386 §2): an
    /// object patch merges member by member, a <c>null</c> member deletes, nested objects merge
    /// recursively (into <c>{}</c> when the target member is not an object), and any other value,
    /// arrays included, replaces the target whole. A non-object patch replaces the whole target.
    /// Neither argument is modified; any JSON is a valid merge patch, so this never throws.
    /// </summary>
    /// <param name="target">The current object; null is JSON null.</param>
    /// <param name="patch">The merge patch; null is JSON null.</param>
    /// <returns>The patched document.</returns>
    public static JsonNode? Apply(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject patchObject)
        {
            return patch?.DeepClone();
        }

        var result = target is JsonObject targetObject ? (JsonObject)targetObject.DeepClone() : [];
        Merge(result, patchObject);
        return result;
    }

    private static void Merge(JsonObject target, JsonObject patch)
    {
        foreach (var (name, value) in patch)
        {
            if (value is null)
            {
                target.Remove(name);
            }
            else if (value is JsonObject patchChild)
            {
                if (target[name] is not JsonObject targetChild)
                {
                    targetChild = [];
                    target[name] = targetChild;
                }

                Merge(targetChild, patchChild);
            }
            else
            {
                target[name] = value.DeepClone();
            }
        }
    }
}
