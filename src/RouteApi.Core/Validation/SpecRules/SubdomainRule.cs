namespace RouteApi.Core.Validation.SpecRules;

/// <summary>
/// S1: a non-empty <c>spec.subdomain</c> may be at most 253 bytes. S2: each dot-separated label
/// must be a DNS-1123 label; the error names the label, not the whole value. No annotation escape.
/// </summary>
internal sealed class SubdomainRule : IRouteRule
{
    private const string Field = "spec.subdomain";

    /// <inheritdoc />
    public void Validate(RouteValidationContext context, ICollection<FieldError> errors)
    {
        var subdomain = context.Spec.Subdomain;
        if (string.IsNullOrEmpty(subdomain))
        {
            return;
        }

        if (GoText.Length(subdomain) > DnsNames.Dns1123SubdomainMaxLength)
        {
            errors.Add(FieldError.Invalid(Field, subdomain, ValidationMessages.MaxLength(DnsNames.Dns1123SubdomainMaxLength)));
        }

        foreach (var label in subdomain.Split('.'))
        {
            var messages = DnsNames.Dns1123LabelErrors(label);
            if (messages.Count > 0)
            {
                errors.Add(FieldError.Invalid(Field, label, string.Join(", ", messages)));
            }
        }
    }
}
