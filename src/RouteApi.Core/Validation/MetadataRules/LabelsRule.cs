namespace RouteApi.Core.Validation.MetadataRules;

/// <summary>
/// Label keys must be qualified names and values valid label values. Errors are reported on
/// <c>metadata.labels</c> with the key or value as the bad value, keys in ordinal order.
/// </summary>
internal sealed class LabelsRule : IRouteRule
{
    private const string Field = "metadata.labels";

    /// <inheritdoc />
    public void Validate(RouteValidationContext context, ICollection<FieldError> errors)
    {
        var labels = context.Metadata.Labels;
        if (labels is null)
        {
            return;
        }

        foreach (var (key, value) in labels.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            foreach (var message in QualifiedNames.QualifiedNameErrors(key))
            {
                errors.Add(FieldError.Invalid(Field, key, message));
            }

            foreach (var message in QualifiedNames.LabelValueErrors(value ?? string.Empty))
            {
                errors.Add(FieldError.Invalid(Field, value ?? string.Empty, message));
            }
        }
    }
}
