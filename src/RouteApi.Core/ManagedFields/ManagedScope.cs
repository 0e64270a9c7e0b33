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
        scoped.Remove("apiVersion");
        scoped.Remove("kind");
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

        if (subresource == "status")
        {
            foreach (var name in scoped.Select(p => p.Key).Where(n => n != "status").ToList())
            {
                scoped.Remove(name);
            }
        }
        else
        {
            scoped.Remove("status");
        }

        return scoped;
    }
}
