namespace RouteApi.Core.Validation.SpecRules;

/// <summary>PO: when <c>spec.port</c> is set, targetPort may not be the number 0 or the empty string.</summary>
internal sealed class PortRule : IRouteRule
{
    /// <inheritdoc />
    public void Validate(RouteValidationContext context, ICollection<FieldError> errors)
    {
        if (context.Spec.Port is not { } port)
        {
            return;
        }

        var target = port.TargetPort;
        var missing = target.IsString ? target.StringValue.Length == 0 : target.IntValue == 0;
        if (missing)
        {
            errors.Add(FieldError.Required("spec.port.targetPort"));
        }
    }
}
