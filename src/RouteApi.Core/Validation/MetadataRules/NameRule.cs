namespace RouteApi.Core.Validation.MetadataRules;

/// <summary><c>metadata.name</c> is required and must be a DNS subdomain of at most 253 characters.</summary>
internal sealed class NameRule : IRouteRule
{
    private const string Field = "metadata.name";

    /// <inheritdoc />
    public void Validate(RouteValidationContext context, ICollection<FieldError> errors)
    {
        var name = context.Metadata.Name;
        if (string.IsNullOrEmpty(name))
        {
            errors.Add(FieldError.Required(Field, "name or generateName is required"));
            return;
        }

        foreach (var message in DnsNames.SubdomainNameErrors(name, prefix: false))
        {
            errors.Add(FieldError.Invalid(Field, name, message));
        }
    }
}
