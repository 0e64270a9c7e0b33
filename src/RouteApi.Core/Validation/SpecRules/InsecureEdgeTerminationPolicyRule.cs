namespace RouteApi.Core.Validation.SpecRules;

/// <summary>
/// A non-empty <c>spec.tls.insecureEdgeTerminationPolicy</c> must be None, Allow or Redirect for
/// edge and reencrypt, and None or Redirect for passthrough; other terminations are not checked.
/// </summary>
internal sealed class InsecureEdgeTerminationPolicyRule : IRouteRule
{
    private const string Field = "spec.tls.insecureEdgeTerminationPolicy";
    private const string Prefix = "invalid value for InsecureEdgeTerminationPolicy option, acceptable values are ";

    /// <inheritdoc />
    public void Validate(RouteValidationContext context, ICollection<FieldError> errors)
    {
        var tls = context.Spec.Tls;
        var policy = tls?.InsecureEdgeTerminationPolicy;
        if (tls is null || string.IsNullOrEmpty(policy))
        {
            return;
        }

        switch (tls.Termination)
        {
            case TlsTerminations.Edge or TlsTerminations.Reencrypt when policy is not ("None" or "Allow" or "Redirect"):
                errors.Add(FieldError.Invalid(Field, policy, Prefix + "None, Allow, Redirect, or empty"));
                break;
            case TlsTerminations.Passthrough when policy is not ("None" or "Redirect"):
                errors.Add(FieldError.Invalid(Field, policy, Prefix + "None, Redirect, or empty"));
                break;
        }
    }
}
