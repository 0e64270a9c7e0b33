namespace RouteApi.Core.Validation.SpecRules;

/// <summary>
/// Product rule: once a route has a host, an update may not change it
/// (<c>spec.host: Invalid value: "new": field is immutable</c>, the origin ≤ 3.5 behaviour). Kept
/// apart so that a permission check (routes/custom-host, §2.11) can replace or disable it.
/// </summary>
internal sealed class HostImmutableRule : IRouteRule
{
    /// <inheritdoc />
    public void Validate(RouteValidationContext context, ICollection<FieldError> errors)
    {
        var oldHost = context.OldSpec.Host ?? string.Empty;
        var host = context.Spec.Host ?? string.Empty;
        if (oldHost.Length != 0 && !string.Equals(host, oldHost, StringComparison.Ordinal))
        {
            errors.Add(FieldError.Invalid("spec.host", host, ValidationMessages.FieldImmutable));
        }
    }
}
