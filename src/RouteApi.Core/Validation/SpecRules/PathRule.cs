namespace RouteApi.Core.Validation.SpecRules;

/// <summary>PA1: a non-empty <c>spec.path</c> must begin with <c>/</c>. PA2: passthrough routes cannot have a path.</summary>
internal sealed class PathRule : IRouteRule
{
    private const string Field = "spec.path";

    /// <inheritdoc />
    public void Validate(RouteValidationContext context, ICollection<FieldError> errors)
    {
        var path = context.Spec.Path;
        if (string.IsNullOrEmpty(path))
        {
            return;
        }

        if (!path.StartsWith('/'))
        {
            errors.Add(FieldError.Invalid(Field, path, "path must begin with /"));
        }

        if (context.Spec.Tls?.Termination == TlsTerminations.Passthrough)
        {
            errors.Add(FieldError.Invalid(Field, path, "passthrough termination does not support paths"));
        }
    }
}
