using System.Text.Json;
using System.Text.Json.Nodes;
using RouteApi.Core.Model;

namespace RouteApi.Core.ManagedFields;

/// <summary>Decodes <c>metadata.managedFields</c> into owned field sets and encodes them back in kube's order.</summary>
internal static class ManagedFieldsCodec
{
    /// <summary>
    /// Decodes the entries; false when one is not a valid entry (operation other than Apply or
    /// Update, fieldsType other than FieldsV1, unreadable fieldsV1), as kube's decoder refuses them.
    /// </summary>
    public static bool TryDecode(IReadOnlyList<ManagedFieldsEntry>? entries, out Dictionary<ManagerIdentity, OwnedFields> owners)
    {
        owners = [];
        foreach (var entry in entries ?? [])
        {
            if (entry is null || entry.Operation is not (ManagerIdentity.Apply or ManagerIdentity.Update) || entry.FieldsType != "FieldsV1")
            {
                return false;
            }

            FieldSet fields;
            try
            {
                fields = entry.FieldsV1 is { } raw ? FieldSet.FromFieldsV1(JsonNode.Parse(raw.Raw.Span)) : new FieldSet();
            }
            catch (Exception e) when (e is FormatException or JsonException)
            {
                return false;
            }

            var identity = ManagerIdentity.For(entry.Manager ?? string.Empty, entry.Operation, entry.ApiVersion ?? string.Empty, entry.Subresource);
            owners[identity] = new OwnedFields(fields, entry.ApiVersion ?? string.Empty, entry.Time);
        }

        return true;
    }

    /// <summary>
    /// The entries in kube's order (operation, then time in seconds, manager, apiVersion,
    /// subresource); owners left with no fields are dropped. Null when nothing is owned.
    /// </summary>
    public static IReadOnlyList<ManagedFieldsEntry>? Encode(Dictionary<ManagerIdentity, OwnedFields> owners)
    {
        var entries = owners
            .Where(o => !o.Value.Fields.IsEmpty)
            .Select(o => new ManagedFieldsEntry
            {
                Manager = o.Key.Manager,
                Operation = o.Key.Operation,
                ApiVersion = o.Value.ApiVersion,
                Time = o.Value.Time,
                FieldsType = "FieldsV1",
                FieldsV1 = o.Value.Fields.ToFieldsV1(),
                Subresource = o.Key.Subresource.Length == 0 ? null : o.Key.Subresource,
            })
            .OrderBy(e => e.Operation, StringComparer.Ordinal)
            .ThenBy(e => e.Time?.ToUnixTimeSeconds() ?? 0)
            .ThenBy(e => e.Manager, StringComparer.Ordinal)
            .ThenBy(e => e.ApiVersion, StringComparer.Ordinal)
            .ThenBy(e => e.Subresource ?? string.Empty, StringComparer.Ordinal)
            .ToList();
        return entries.Count == 0 ? null : entries;
    }

    /// <summary>kube's reset request: an empty (not absent) list, or a list holding one empty entry.</summary>
    public static bool IsReset(IReadOnlyList<ManagedFieldsEntry>? entries) => entries switch
    {
        null => false,
        { Count: 0 } => true,
        [var only] => only == new ManagedFieldsEntry(),
        _ => false,
    };
}
