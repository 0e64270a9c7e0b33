namespace RouteApi.Core.Validation.MetadataRules;

/// <summary>
/// The generic registry's last create check: the name (and generateName prefix) must be usable as a
/// URL path segment. Runs only when every other create rule passed.
/// </summary>
internal sealed class PathSegmentNameRule : IRouteRule
{
    /// <inheritdoc />
    public void Validate(RouteValidationContext context, ICollection<FieldError> errors)
    {
        Check(errors, "metadata.generateName", context.Metadata.GenerateName, prefix: true);
        Check(errors, "metadata.name", context.Metadata.Name, prefix: false);
    }

    private static void Check(ICollection<FieldError> errors, string field, string? value, bool prefix)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        foreach (var message in PathSegmentNames.Errors(value, prefix))
        {
            errors.Add(FieldError.Invalid(field, value, message));
        }
    }
}
