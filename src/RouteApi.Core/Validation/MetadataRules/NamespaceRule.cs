namespace RouteApi.Core.Validation.MetadataRules;

/// <summary><c>metadata.namespace</c> is required (routes are namespaced) and must be a DNS label.</summary>
internal sealed class NamespaceRule : IRouteRule
{
    private const string Field = "metadata.namespace";

    /// <inheritdoc />
    public void Validate(RouteValidationContext context, ICollection<FieldError> errors)
    {
        var ns = context.Metadata.Namespace;
        if (string.IsNullOrEmpty(ns))
        {
            errors.Add(FieldError.Required(Field));
            return;
        }

        foreach (var message in DnsNames.NamespaceNameErrors(ns, prefix: false))
        {
            errors.Add(FieldError.Invalid(Field, ns, message));
        }
    }
}
