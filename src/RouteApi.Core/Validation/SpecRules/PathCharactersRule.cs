namespace RouteApi.Core.Validation.SpecRules;

/// <summary>
/// P1: <c>spec.path</c> may not contain <c>#</c> or a space (U+0020 only), which break HAProxy.
/// On update it runs only when the path changed, so stored paths keep working.
/// </summary>
internal sealed class PathCharactersRule : IRouteRule
{
    /// <inheritdoc />
    public void Validate(RouteValidationContext context, ICollection<FieldError> errors)
    {
        var path = context.Spec.Path ?? string.Empty;
        if (context.CheckPath && path.AsSpan().IndexOfAny('#', ' ') >= 0)
        {
            errors.Add(FieldError.Invalid("spec.path", path, "cannot contain # or spaces"));
        }
    }
}
