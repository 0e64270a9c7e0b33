namespace RouteApi.Core.Validation.MetadataRules;

/// <summary>Once the stored object is being deleted, an update may not add finalizers.</summary>
internal sealed class NoNewFinalizersRule : IRouteRule
{
    /// <inheritdoc />
    public void Validate(RouteValidationContext context, ICollection<FieldError> errors)
    {
        if (context.OldMetadata.DeletionTimestamp is null)
        {
            return;
        }

        var old = new HashSet<string>(context.OldMetadata.Finalizers ?? [], StringComparer.Ordinal);
        var added = (context.Metadata.Finalizers ?? [])
            .Where(finalizer => !old.Contains(finalizer))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (added.Count != 0)
        {
            errors.Add(FieldError.Forbidden("metadata.finalizers",
                "no new finalizers can be added if the object is being deleted, found new finalizers " + GoSyntax.StringSlice(added)));
        }
    }
}
