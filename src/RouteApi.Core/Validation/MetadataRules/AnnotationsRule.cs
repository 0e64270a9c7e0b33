namespace RouteApi.Core.Validation.MetadataRules;

/// <summary>
/// Annotation keys must be qualified names (case-insensitively), and keys plus values may not exceed
/// 256 KiB in total.
/// </summary>
internal sealed class AnnotationsRule : IRouteRule
{
    /// <summary>The total size limit of all annotation keys and values, in bytes.</summary>
    public const int TotalSizeLimit = 256 * 1024;

    private const string Field = "metadata.annotations";

    /// <inheritdoc />
    public void Validate(RouteValidationContext context, ICollection<FieldError> errors)
    {
        var annotations = context.Metadata.Annotations;
        if (annotations is null)
        {
            return;
        }

        long totalSize = 0;
        foreach (var (key, value) in annotations.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            foreach (var message in QualifiedNames.QualifiedNameErrors(key.ToLowerInvariant()))
            {
                errors.Add(FieldError.Invalid(Field, key, message));
            }

            totalSize += GoText.Length(key) + GoText.Length(value);
        }

        if (totalSize > TotalSizeLimit)
        {
            errors.Add(FieldError.TooLong(Field, TotalSizeLimit));
        }
    }
}
