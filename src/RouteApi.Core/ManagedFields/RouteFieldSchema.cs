namespace RouteApi.Core.ManagedFields;

/// <summary>
/// The parts of the Route schema that server-side apply needs: list types from the openshift/api
/// and apimachinery <c>+listType</c>/<c>+listMapKey</c> markers, and the structs Go always
/// serializes (so they are never "added" as a whole). Every object is a granular map, including
/// labels and annotations; a list without a marker is atomic.
/// </summary>
internal static class RouteFieldSchema
{
    private static readonly Dictionary<string, (ListKind Kind, string[] Keys)> Lists = new(StringComparer.Ordinal)
    {
        ["metadata.finalizers"] = (ListKind.Set, []),
        ["metadata.ownerReferences"] = (ListKind.Map, ["uid"]),
        ["spec.alternateBackends"] = (ListKind.Map, ["kind", "name"]),
        ["spec.httpHeaders.actions.request"] = (ListKind.Map, ["name"]),
        ["spec.httpHeaders.actions.response"] = (ListKind.Map, ["name"]),
        ["status.ingress"] = (ListKind.Atomic, []),
    };

    // Non-pointer structs of the Go types: an empty Route already has them.
    private static readonly HashSet<string> AlwaysPresent = new(StringComparer.Ordinal) { "", "metadata", "spec", "spec.to", "status" };

    /// <summary>The list type at a field path written as dotted field names (list items left out).</summary>
    public static (ListKind Kind, string[] Keys) ListAt(string fieldPath) =>
        Lists.TryGetValue(fieldPath, out var list) ? list : (ListKind.Atomic, []);

    public static bool IsAlwaysPresent(string fieldPath) => AlwaysPresent.Contains(fieldPath);

    public static string Child(string fieldPath, string name) => fieldPath.Length == 0 ? name : fieldPath + "." + name;
}
