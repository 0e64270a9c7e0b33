namespace RouteApi.Core.Validation.MetadataRules;

/// <summary>A non-empty <c>metadata.generateName</c> must be a valid DNS subdomain prefix.</summary>
internal sealed class GenerateNameRule : IRouteRule
{
    private const string Field = "metadata.generateName";

    /// <inheritdoc />
    public void Validate(RouteValidationContext context, ICollection<FieldError> errors)
    {
        var generateName = context.Metadata.GenerateName;
        if (string.IsNullOrEmpty(generateName))
        {
            return;
        }

        foreach (var message in DnsNames.SubdomainNameErrors(generateName, prefix: true))
        {
            errors.Add(FieldError.Invalid(Field, generateName, message));
        }
    }
}
