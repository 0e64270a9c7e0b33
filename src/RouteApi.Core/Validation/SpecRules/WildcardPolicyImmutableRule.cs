namespace RouteApi.Core.Validation.SpecRules;

/// <summary><c>spec.wildcardPolicy</c> cannot change on update.</summary>
internal sealed class WildcardPolicyImmutableRule : IRouteRule
{
    /// <inheritdoc />
    public void Validate(RouteValidationContext context, ICollection<FieldError> errors)
    {
        var policy = context.Spec.WildcardPolicy ?? string.Empty;
        if (!string.Equals(policy, context.OldSpec.WildcardPolicy ?? string.Empty, StringComparison.Ordinal))
        {
            errors.Add(FieldError.Invalid("spec.wildcardPolicy", policy, ValidationMessages.FieldImmutable));
        }
    }
}
