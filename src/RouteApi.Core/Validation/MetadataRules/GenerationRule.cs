namespace RouteApi.Core.Validation.MetadataRules;

/// <summary><c>metadata.generation</c> must not be negative.</summary>
internal sealed class GenerationRule : IRouteRule
{
    /// <inheritdoc />
    public void Validate(RouteValidationContext context, ICollection<FieldError> errors)
    {
        var generation = context.Metadata.Generation;
        if (generation < 0)
        {
            errors.Add(FieldError.Invalid("metadata.generation", generation, ValidationMessages.Negative));
        }
    }
}
