using System.Text.Json.Nodes;

namespace RouteApi.Core.ManagedFields;

/// <summary>
/// The part of an object whose fields can be owned. kube never tracks type information and the
/// server-set metadata (its strip set: apiVersion, kind, metadata name, namespace, uid,
/// resourceVersion, generation, creationTimestamp, selfLink, clusterName, managedFields), and
/// the reset fields of the path written through: the main resource cannot change
/// <c>status</c>, the <c>status</c> subresource can change nothing else.
/// </summary>
internal static class ManagedScope
{
    private static readonly string[] StrippedMetadata =
        ["name", "namespace", "uid", "resourceVersion", "generation", "creationTimestamp", "selfLink", "clusterName", "managedFields"];

    public static JsonObject Prepare(JsonObject? value, string? subresource)
    {
        var scoped = value?.DeepClone() as JsonObject ?? [];
        foreach (var name in scoped.Select(p => p.Key).Where(n => Excludes("", n, subresource)).ToList())
        {
            scoped.Remove(name);
        }

        if (scoped["metadata"] is JsonObject metadata)
        {
            foreach (var name in StrippedMetadata)
            {
                metadata.Remove(name);
            }

            if (metadata.Count == 0)
            {
                // kube's strip set holds metadata itself too, so a name-only metadata owns nothing.
                scoped.Remove("metadata");
            }
        }

        return scoped;
    }

    /// <summary>
    /// Whether the field <paramref name="name"/> under <paramref name="parentPath"/> (dotted field
    /// names, <c>""</c> at the top) is outside what a write through <paramref name="subresource"/>
    /// can own: lets a comparison skip those fields instead of comparing prepared copies.
    /// </summary>
    public static bool Excludes(string parentPath, string name, string? subresource) => parentPath switch
    {
        "" => name is "apiVersion" or "kind" || (subresource == "status" ? name != "status" : name == "status"),
        "metadata" => Array.IndexOf(StrippedMetadata, name) >= 0,
        _ => false,
    };
}
