namespace RouteApi.Core.Validation;

/// <summary>
/// One validation rule of a route. A rule only adds errors; it never stops the others, so a request
/// gets every problem at once, as Kubernetes reports them.
/// </summary>
internal interface IRouteRule
{
    /// <summary>Checks <paramref name="context"/> and adds any errors to <paramref name="errors"/>.</summary>
    void Validate(RouteValidationContext context, ICollection<FieldError> errors);
}
