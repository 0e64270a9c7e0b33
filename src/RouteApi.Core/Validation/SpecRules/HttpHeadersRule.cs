using RouteApi.Core.Model;

namespace RouteApi.Core.Validation.SpecRules;

/// <summary>
/// HH: header actions are not allowed on passthrough routes; each list holds at most 20 items; each
/// item is checked by <see cref="HttpHeaderListValidator"/>. An over-long list is reported once,
/// with the whole list as the bad value, and its items are not checked.
/// </summary>
internal sealed class HttpHeadersRule : IRouteRule
{
    private const string ActionsPath = "spec.httpHeaders.actions";
    private const int MaxItems = 20;

    private static readonly HttpHeaderListValidator Response =
        new(ActionsPath + ".response", HttpHeaderValues.ResponseValue(), HttpHeaderValues.ResponseValueMessage);

    private static readonly HttpHeaderListValidator Request =
        new(ActionsPath + ".request", HttpHeaderValues.RequestValue(), HttpHeaderValues.RequestValueMessage);

    /// <inheritdoc />
    public void Validate(RouteValidationContext context, ICollection<FieldError> errors)
    {
        if (context.Spec.HttpHeaders is not { } httpHeaders)
        {
            return;
        }

        var actions = httpHeaders.Actions;

        var response = actions?.Response ?? [];
        var request = actions?.Request ?? [];
        var termination = context.Spec.Tls?.Termination;
        if ((response.Count != 0 || request.Count != 0) && termination == TlsTerminations.Passthrough)
        {
            errors.Add(FieldError.Invalid("spec.tls.termination", termination,
                "only edge and re-encrypt routes are supported for providing customized headers."));
        }

        ValidateList(response, "response", Response, errors);
        ValidateList(request, "request", Request, errors);
    }

    private static void ValidateList(
        IReadOnlyList<RouteHttpHeader> headers, string kind, HttpHeaderListValidator validator, ICollection<FieldError> errors)
    {
        if (headers.Count > MaxItems)
        {
            errors.Add(FieldError.Invalid(ActionsPath + "." + kind, new RawValue(HttpHeaderSyntax.Render(headers)),
                $"{kind} headers list can't exceed 20 items"));
            return;
        }

        validator.Validate(headers, errors);
    }
}
