namespace RouteApi.Core.Validation.SpecRules;

/// <summary>
/// W1: a non-empty <c>spec.wildcardPolicy</c> must be <c>None</c> or <c>Subdomain</c>.
/// W2: <c>Subdomain</c> needs a host.
/// </summary>
internal sealed class WildcardPolicyRule : IRouteRule
{
    private const string Field = "spec.wildcardPolicy";
    private static readonly string[] Supported = ["None", "Subdomain"];

    /// <inheritdoc />
    public void Validate(RouteValidationContext context, ICollection<FieldError> errors)
    {
        var policy = context.Spec.WildcardPolicy;
        if (string.IsNullOrEmpty(policy))
        {
            return;
        }

        if (!Supported.Contains(policy, StringComparer.Ordinal))
        {
            errors.Add(FieldError.NotSupported(Field, policy, Supported));
        }
        else if (policy == "Subdomain" && string.IsNullOrEmpty(context.Spec.Host))
        {
            errors.Add(FieldError.Invalid(Field, policy, "host name not specified for wildcard policy"));
        }
    }
}
