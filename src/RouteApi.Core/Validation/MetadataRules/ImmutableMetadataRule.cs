namespace RouteApi.Core.Validation.MetadataRules;

/// <summary>
/// name, namespace, uid, creationTimestamp, deletionTimestamp and deletionGracePeriodSeconds cannot
/// change on update. The bad value is the new value: strings quoted, times as Go prints
/// <c>metav1.Time</c>, and an absent pointer field as <c>"null"</c>.
/// </summary>
internal sealed class ImmutableMetadataRule : IRouteRule
{
    /// <inheritdoc />
    public void Validate(RouteValidationContext context, ICollection<FieldError> errors)
    {
        var current = context.Metadata;
        var old = context.OldMetadata;
        CheckString(errors, "metadata.name", current.Name, old.Name);
        CheckString(errors, "metadata.namespace", current.Namespace, old.Namespace);
        CheckString(errors, "metadata.uid", current.Uid, old.Uid);
        if (!SameInstant(current.CreationTimestamp ?? DateTimeOffset.MinValue, old.CreationTimestamp ?? DateTimeOffset.MinValue))
        {
            Add(errors, "metadata.creationTimestamp", new RawValue(GoSyntax.Time(current.CreationTimestamp)));
        }

        if (!SameOptionalInstant(current.DeletionTimestamp, old.DeletionTimestamp))
        {
            Add(errors, "metadata.deletionTimestamp", RenderOptionalTime(current.DeletionTimestamp));
        }

        if (current.DeletionGracePeriodSeconds != old.DeletionGracePeriodSeconds)
        {
            Add(errors, "metadata.deletionGracePeriodSeconds", current.DeletionGracePeriodSeconds);
        }
    }

    private static void CheckString(ICollection<FieldError> errors, string field, string? current, string? old)
    {
        if (!string.Equals(current ?? string.Empty, old ?? string.Empty, StringComparison.Ordinal))
        {
            Add(errors, field, current ?? string.Empty);
        }
    }

    private static void Add(ICollection<FieldError> errors, string field, object? value) =>
        errors.Add(FieldError.Invalid(field, value, ValidationMessages.FieldImmutable));

    private static bool SameInstant(DateTimeOffset a, DateTimeOffset b) => a.UtcTicks == b.UtcTicks;

    private static bool SameOptionalInstant(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null || b is null ? a is null && b is null : SameInstant(a.Value, b.Value);

    private static RawValue? RenderOptionalTime(DateTimeOffset? value) =>
        value is null ? null : new RawValue(GoSyntax.Time(value));
}
