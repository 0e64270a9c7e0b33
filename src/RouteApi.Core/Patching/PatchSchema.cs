namespace RouteApi.Core.Patching;

/// <summary>
/// Which lists a strategic merge patch merges instead of replacing: the Go struct tags
/// <c>patchStrategy:"merge"</c> and <c>patchMergeKey</c> of a kind, as data. A path is the
/// dot-separated JSON field names from the object root (<c>metadata.finalizers</c>); the items
/// of a list add no segment, so a list inside the items of <c>spec.items</c> would be
/// <c>spec.items.subList</c>. Every list not named here is replaced whole. Instances are immutable.
/// </summary>
public sealed class PatchSchema
{
    private readonly Dictionary<string, string> _mergeKeys;

    private PatchSchema(Dictionary<string, string> mergeKeys)
    {
        _mergeKeys = mergeKeys;
    }

    /// <summary>A schema in which every list is replaced (strategic merge patch then behaves like merge patch plus directives).</summary>
    public static PatchSchema Empty { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>
    /// route.openshift.io/v1 Route. The openshift/api Route types carry no <c>patchStrategy</c>
    /// tags, so only ObjectMeta's lists merge: <c>metadata.finalizers</c> as a set of strings and
    /// <c>metadata.ownerReferences</c> keyed by <c>uid</c>; <c>spec.alternateBackends</c>,
    /// <c>status.ingress</c> and every other list are replaced.
    /// </summary>
    public static PatchSchema Route { get; } = Empty
        .WithMergeList("metadata.finalizers")
        .WithMergeList("metadata.ownerReferences", "uid");

    /// <summary>
    /// Returns a copy in which the list of primitives at <paramref name="path"/> merges as a set
    /// (<c>patchStrategy:"merge"</c> without a merge key).
    /// </summary>
    /// <param name="path">The dot-separated field path of the list.</param>
    /// <returns>The extended schema.</returns>
    public PatchSchema WithMergeList(string path) => With(path, string.Empty);

    /// <summary>
    /// Returns a copy in which the list of objects at <paramref name="path"/> merges item by item,
    /// matching items by the value of <paramref name="mergeKey"/> (<c>patchMergeKey</c>).
    /// </summary>
    /// <param name="path">The dot-separated field path of the list.</param>
    /// <param name="mergeKey">The member that identifies an item.</param>
    /// <returns>The extended schema.</returns>
    public PatchSchema WithMergeList(string path, string mergeKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(mergeKey);
        return With(path, mergeKey);
    }

    /// <summary>
    /// Whether the list at <paramref name="path"/> merges; <paramref name="mergeKey"/> is its merge
    /// key, or empty for a set of primitives.
    /// </summary>
    internal bool TryGetMergeKey(string path, out string mergeKey) =>
        _mergeKeys.TryGetValue(path, out mergeKey!);

    private PatchSchema With(string path, string mergeKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new PatchSchema(new Dictionary<string, string>(_mergeKeys, StringComparer.Ordinal) { [path] = mergeKey });
    }
}
