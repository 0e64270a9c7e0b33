using System.Text.Json.Nodes;
using RouteApi.Core.Model;

namespace RouteApi.Core.ManagedFields;

/// <summary>
/// Maintains <c>metadata.managedFields</c> as kube-apiserver's field manager does. Objects are the
/// wire JSON of a Route. An <c>Update</c> (create, update, non-apply patch) takes ownership of every
/// field it added or changed, from whoever owned it; an <c>Apply</c> owns exactly the fields of its
/// configuration, prunes the ones it applied before and dropped (unless another manager owns them)
/// and fails with <see cref="FieldManagerConflictException"/> when it would change another
/// manager's field, unless forced, in which case it takes them over.
/// </summary>
public static class FieldManager
{
    /// <summary>kube's manager for the fields of an object that had no managedFields when it was first applied.</summary>
    public const string BeforeFirstApply = "before-first-apply";

    /// <summary>
    /// The managedFields after a non-apply write. The entries sent with the object are kept when
    /// they are valid and not empty, so clients may edit them; an empty list or one empty entry
    /// resets them; otherwise, and always through a subresource, the live entries are the base.
    /// </summary>
    public static IReadOnlyList<ManagedFieldsEntry>? Update(JsonObject? live, IReadOnlyList<ManagedFieldsEntry>? liveEntries, JsonObject updated, IReadOnlyList<ManagedFieldsEntry>? sentEntries, FieldOwner owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var owners = BaseOwners(liveEntries, sentEntries, owner.Subresource is not null);
        var comparison = ObjectComparer.Compare(live, updated, owner.Subresource);
        RecordUpdate(owners, comparison, ManagerIdentity.For(owner.Manager, ManagerIdentity.Update, owner.ApiVersion, owner.Subresource), owner);
        return ManagedFieldsCodec.Encode(owners);
    }

    /// <summary>
    /// Applies <paramref name="config"/> (the body of an <c>application/apply-patch+yaml</c> PATCH)
    /// to <paramref name="live"/>, or to nothing when the object does not exist yet.
    /// </summary>
    /// <exception cref="FieldManagerConflictException">Other managers own fields the apply would change and <paramref name="force"/> is false.</exception>
    public static ApplyResult Apply(JsonObject? live, IReadOnlyList<ManagedFieldsEntry>? liveEntries, JsonObject config, FieldOwner owner, bool force)
    {
        ArgumentNullException.ThrowIfNull(owner);
        if (!ManagedFieldsCodec.TryDecode(liveEntries, out var owners))
        {
            owners = [];
        }

        if (live is not null && owners.Count == 0)
        {
            // Fields set before anyone applied belong to a stand-in Update manager, so the first apply can conflict with them.
            var existing = ObjectComparer.Compare(null, live, owner.Subresource);
            RecordUpdate(owners, existing, ManagerIdentity.For(BeforeFirstApply, ManagerIdentity.Update, owner.ApiVersion, owner.Subresource), owner);
        }

        var self = ManagerIdentity.For(owner.Manager, ManagerIdentity.Apply, owner.ApiVersion, owner.Subresource);
        var scopedConfig = ManagedScope.Prepare(config, owner.Subresource);
        var applied = FieldSetBuilder.FromObject(scopedConfig);
        var before = live ?? [];
        var merged = ObjectMerger.Merge(before, scopedConfig);
        var previous = owners.GetValueOrDefault(self);
        owners.Remove(self);
        FieldRemover.Remove(merged, Pruned(previous?.Fields, applied, owners));

        var comparison = ObjectComparer.Compare(before, merged, owner.Subresource);
        var conflicts = Conflicts(owners, comparison.Changed);
        if (conflicts.Count > 0 && !force)
        {
            throw new FieldManagerConflictException(conflicts);
        }

        Release(owners, comparison);
        var changed = !comparison.Changed.IsEmpty || !comparison.Removed.IsEmpty;
        owners[self] = new OwnedFields(applied, owner.ApiVersion, changed || previous is null ? owner.Now : previous.Time);
        return new ApplyResult(merged, ManagedFieldsCodec.Encode(owners));
    }

    private static Dictionary<ManagerIdentity, OwnedFields> BaseOwners(IReadOnlyList<ManagedFieldsEntry>? liveEntries, IReadOnlyList<ManagedFieldsEntry>? sentEntries, bool subresource)
    {
        if (!subresource && ManagedFieldsCodec.IsReset(sentEntries))
        {
            return [];
        }

        if (!subresource && ManagedFieldsCodec.TryDecode(sentEntries, out var sent) && sent.Count > 0)
        {
            return sent;
        }

        return ManagedFieldsCodec.TryDecode(liveEntries, out var owners) ? owners : [];
    }

    // The writer takes every field it set from the other owners; nobody keeps a field that is gone.
    private static void RecordUpdate(Dictionary<ManagerIdentity, OwnedFields> owners, FieldComparison comparison, ManagerIdentity self, FieldOwner owner)
    {
        var current = comparison.Changed.Difference(comparison.Removed);
        Release(owners, comparison);
        if (current.IsEmpty)
        {
            return;
        }

        var fields = owners.TryGetValue(self, out var previous) ? previous.Fields.Union(current) : current;
        owners[self] = new OwnedFields(fields, owner.ApiVersion, owner.Now);
    }

    private static void Release(Dictionary<ManagerIdentity, OwnedFields> owners, FieldComparison comparison)
    {
        foreach (var (identity, owned) in owners.ToList())
        {
            var left = owned.Fields.Difference(comparison.Changed).Difference(comparison.Removed);
            if (left.IsEmpty)
            {
                owners.Remove(identity);
            }
            else
            {
                owners[identity] = owned with { Fields = left };
            }
        }
    }

    private static List<FieldConflict> Conflicts(Dictionary<ManagerIdentity, OwnedFields> others, FieldSet changed) =>
        [.. others
            .SelectMany(o => o.Value.Fields.Intersection(changed).Paths().Select(p => new FieldConflict(o.Key.Describe(), PathElements.Format(p))))
            .OrderBy(c => c.Manager, StringComparer.Ordinal)];

    // Fields the applier set last time and dropped now go, unless someone still owns them or something below them.
    private static List<IReadOnlyList<string>> Pruned(FieldSet? previous, FieldSet applied, Dictionary<ManagerIdentity, OwnedFields> others)
    {
        if (previous is null)
        {
            return [];
        }

        var owned = others.Values.Aggregate(applied, (all, o) => all.Union(o.Fields));
        return [.. previous.Difference(applied).Paths().Where(p => !owned.Has(p) && !owned.HasDescendants(p) && !IsItemKey(p))];
    }

    // A map-list item's key fields go only with the item itself.
    private static bool IsItemKey(IReadOnlyList<string> path) =>
        path.Count >= 2 && path[^2].StartsWith("k:", StringComparison.Ordinal) && path[^1].StartsWith("f:", StringComparison.Ordinal)
        && JsonNode.Parse(path[^2][2..]) is JsonObject key && key.ContainsKey(path[^1][2..]);
}
