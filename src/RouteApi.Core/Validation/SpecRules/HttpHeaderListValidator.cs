using System.Text.RegularExpressions;
using RouteApi.Core.Model;

namespace RouteApi.Core.Validation.SpecRules;

/// <summary>Validates one list of header actions (request or response), item by item.</summary>
/// <param name="path">The list's field path, for example <c>spec.httpHeaders.actions.response</c>.</param>
/// <param name="valueFormat">The value format of this list.</param>
/// <param name="valueMessage">The detail used when a value does not match <paramref name="valueFormat"/>.</param>
internal sealed class HttpHeaderListValidator(string path, Regex valueFormat, string valueMessage)
{
    private const int MaxNameLength = 255;
    private const int MaxValueLength = 16384;

    private const string ForbiddenMessage =
        "the following headers may not be modified using this API: strict-transport-security, proxy, cookie, set-cookie";

    private static readonly HashSet<string> ForbiddenNames = new(StringComparer.Ordinal)
    {
        "strict-transport-security",
        "proxy",
        "cookie",
        "set-cookie",
    };

    /// <summary>Adds the errors of every item of <paramref name="headers"/>.</summary>
    public void Validate(IReadOnlyList<RouteHttpHeader> headers, ICollection<FieldError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i] ?? new RouteHttpHeader();
            var itemPath = FieldPath.Index(path, i);
            var name = header.Name ?? string.Empty;
            if (!seen.Add(name))
            {
                errors.Add(FieldError.Duplicate(itemPath + ".name", name));
            }

            ValidateName(name, itemPath + ".name", errors);
            ValidateAction(header.Action ?? new RouteHttpHeaderActionUnion(), itemPath + ".action", errors);
        }
    }

    private static void ValidateName(string name, string field, ICollection<FieldError> errors)
    {
        if (name.Length == 0)
        {
            errors.Add(FieldError.Required(field));
        }
        else if (GoText.Length(name) > MaxNameLength)
        {
            errors.Add(FieldError.Invalid(field, name, "name exceeds the maximum length, which is 255"));
        }
        else if (ForbiddenNames.Contains(name.ToLowerInvariant()))
        {
            errors.Add(FieldError.Forbidden(field, ForbiddenMessage));
        }
        else if (!HttpHeaderValues.Name().IsMatch(name))
        {
            errors.Add(FieldError.Invalid(field, name, "name must be a valid HTTP header name as defined in RFC 2616 section 4.2"));
        }
    }

    private void ValidateAction(RouteHttpHeaderActionUnion action, string field, ICollection<FieldError> errors)
    {
        var type = action.Type ?? string.Empty;
        if (type is not ("Set" or "Delete"))
        {
            errors.Add(FieldError.Invalid(field + ".type", type, "type must be \"Set\" or \"Delete\""));
        }

        if ((type == "Set") != (action.Set is not null))
        {
            errors.Add(FieldError.Required(field + ".set", "set is required when type is Set, and forbidden otherwise"));
        }

        if (action.Set is not null)
        {
            ValidateValue(action.Set.Value ?? string.Empty, field + ".set.value", errors);
        }
    }

    private void ValidateValue(string value, string field, ICollection<FieldError> errors)
    {
        if (value.Length == 0)
        {
            errors.Add(FieldError.Required(field));
        }
        else if (GoText.Length(value) > MaxValueLength)
        {
            errors.Add(FieldError.Invalid(field, value, "value exceeds the maximum length, which is 16384"));
        }
        else if (!valueFormat.IsMatch(value))
        {
            errors.Add(FieldError.Invalid(field, value, valueMessage));
        }
    }
}
