namespace RouteApi.Core.Validation.SpecRules;

/// <summary>T1–T3: the primary backend <c>spec.to</c> needs a name, kind <c>Service</c> and a weight in 0..256.</summary>
internal sealed class ToRule : IRouteRule
{
    /// <inheritdoc />
    public void Validate(RouteValidationContext context, ICollection<FieldError> errors) =>
        BackendChecks.Validate(context.Spec.To, "spec.to", errors);
}
