namespace RouteApi.Core.Validation.SpecRules;

/// <summary>
/// A0: at most 3 alternate backends (reported as <c>Required</c>, as upstream does).
/// A1–A3: each one gets the same checks as <c>spec.to</c>. Duplicates are not rejected.
/// </summary>
internal sealed class AlternateBackendsRule : IRouteRule
{
    private const string Field = "spec.alternateBackends";
    private const int MaxBackends = 3;

    /// <inheritdoc />
    public void Validate(RouteValidationContext context, ICollection<FieldError> errors)
    {
        var backends = context.Spec.AlternateBackends;
        if (backends is null)
        {
            return;
        }

        if (backends.Count > MaxBackends)
        {
            errors.Add(FieldError.Required(Field, "cannot specify more than 3 alternate backends"));
        }

        for (var i = 0; i < backends.Count; i++)
        {
            BackendChecks.Validate(backends[i], FieldPath.Index(Field, i), errors);
        }
    }
}
