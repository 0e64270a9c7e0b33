namespace RouteApi.Core.Validation.MetadataRules;

/// <summary>An update must carry <c>metadata.resourceVersion</c>.</summary>
internal sealed class ResourceVersionRule : IRouteRule
{
    /// <inheritdoc />
    public void Validate(RouteValidationContext context, ICollection<FieldError> errors)
    {
        if (string.IsNullOrEmpty(context.Metadata.ResourceVersion))
        {
            errors.Add(FieldError.Invalid("metadata.resourceVersion", string.Empty, "must be specified for an update"));
        }
    }
}
