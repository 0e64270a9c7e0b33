namespace RouteApi.Core.Validation.MetadataRules;

/// <summary>An update may not lower <c>metadata.generation</c>.</summary>
internal sealed class GenerationDecrementRule : IRouteRule
{
    /// <inheritdoc />
    public void Validate(RouteValidationContext context, ICollection<FieldError> errors)
    {
        var generation = context.Metadata.Generation;
        if (generation < context.OldMetadata.Generation)
        {
            errors.Add(FieldError.Invalid("metadata.generation", generation, "must not be decremented"));
        }
    }
}
