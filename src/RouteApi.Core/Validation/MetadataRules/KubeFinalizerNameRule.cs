namespace RouteApi.Core.Validation.MetadataRules;

/// <summary>
/// A finalizer without a <c>/</c> must be one of the standard names <c>kubernetes</c>,
/// <c>orphan</c> or <c>foregroundDeletion</c> (library-go <c>validateKubeFinalizerName</c>).
/// </summary>
internal sealed class KubeFinalizerNameRule : IRouteRule
{
    private static readonly HashSet<string> StandardFinalizers = new(StringComparer.Ordinal)
    {
        "kubernetes",
        "orphan",
        "foregroundDeletion",
    };

    /// <inheritdoc />
    public void Validate(RouteValidationContext context, ICollection<FieldError> errors)
    {
        var finalizers = context.Metadata.Finalizers;
        if (finalizers is null)
        {
            return;
        }

        for (var i = 0; i < finalizers.Count; i++)
        {
            var finalizer = finalizers[i] ?? string.Empty;
            if (!finalizer.Contains('/', StringComparison.Ordinal) && !StandardFinalizers.Contains(finalizer))
            {
                errors.Add(FieldError.Invalid(FieldPath.Index("metadata.finalizers", i), finalizer,
                    "name is neither a standard finalizer name nor is it fully qualified"));
            }
        }
    }
}
