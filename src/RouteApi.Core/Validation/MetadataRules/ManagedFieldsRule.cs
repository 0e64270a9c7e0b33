using System.Globalization;
using RouteApi.Core.Model;

namespace RouteApi.Core.Validation.MetadataRules;

/// <summary>
/// Each managedFields entry needs operation <c>Apply</c> or <c>Update</c>, fieldsType empty or
/// <c>FieldsV1</c>, a printable manager of at most 128 bytes and a subresource of at most 256 bytes.
/// </summary>
internal sealed class ManagedFieldsRule : IRouteRule
{
    private const string Field = "metadata.managedFields";
    private const int ManagerMaxLength = 128;
    private const int SubresourceMaxLength = 256;

    /// <inheritdoc />
    public void Validate(RouteValidationContext context, ICollection<FieldError> errors)
    {
        var entries = context.Metadata.ManagedFields;
        if (entries is null)
        {
            return;
        }

        for (var i = 0; i < entries.Count; i++)
        {
            ValidateEntry(entries[i] ?? new ManagedFieldsEntry(), FieldPath.Index(Field, i), errors);
        }
    }

    private static void ValidateEntry(ManagedFieldsEntry entry, string path, ICollection<FieldError> errors)
    {
        if (entry.Operation is not ("Apply" or "Update"))
        {
            errors.Add(FieldError.Invalid(path + ".operation", entry.Operation ?? string.Empty, "must be `Apply` or `Update`"));
        }

        if (!string.IsNullOrEmpty(entry.FieldsType) && entry.FieldsType != "FieldsV1")
        {
            errors.Add(FieldError.Invalid(path + ".fieldsType", entry.FieldsType, "must be `FieldsV1`"));
        }

        ValidateManager(entry.Manager ?? string.Empty, path + ".manager", errors);
        if (GoText.Length(entry.Subresource) > SubresourceMaxLength)
        {
            errors.Add(FieldError.TooLong(path + ".subresource", SubresourceMaxLength));
        }
    }

    // apimachinery ValidateFieldManager: the position is the byte offset of the rune, as Go's
    // range over a string yields it, and the rune is printed with %#U (U+0007).
    private static void ValidateManager(string manager, string path, ICollection<FieldError> errors)
    {
        if (GoText.Length(manager) > ManagerMaxLength)
        {
            errors.Add(FieldError.TooLong(path, ManagerMaxLength));
        }

        var offset = 0;
        foreach (var rune in manager.EnumerateRunes())
        {
            if (!GoFormat.IsPrintable(rune))
            {
                var detail = string.Create(CultureInfo.InvariantCulture, $"invalid character U+{rune.Value:X4} (at position {offset})");
                errors.Add(FieldError.Invalid(path, manager, detail));
            }

            offset += rune.Utf8SequenceLength;
        }
    }
}
