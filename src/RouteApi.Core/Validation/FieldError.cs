using System.Globalization;

namespace RouteApi.Core.Validation;

/// <summary>
/// One field validation error, rendered exactly as Kubernetes <c>field.Error</c> renders it:
/// <c>&lt;field&gt;: &lt;body&gt;</c>, where the body is the type string, the Go-formatted bad value
/// (strings quoted, numbers plain, <see cref="RawValue"/> verbatim) and the detail.
/// </summary>
/// <param name="Type">The error type.</param>
/// <param name="Field">The field path, for example <c>spec.to.name</c>.</param>
/// <param name="BadValue">The offending value: a string, an integer, a <see cref="RawValue"/>, or null.</param>
/// <param name="Detail">Extra explanation; may be empty.</param>
public sealed record FieldError(FieldErrorType Type, string Field, object? BadValue, string Detail)
{
    /// <summary>A <c>Required value</c> error.</summary>
    public static FieldError Required(string field, string detail = "") => new(FieldErrorType.Required, field, null, detail);

    /// <summary>An <c>Invalid value</c> error.</summary>
    public static FieldError Invalid(string field, object? value, string detail) => new(FieldErrorType.Invalid, field, value, detail);

    /// <summary>A <c>Forbidden</c> error.</summary>
    public static FieldError Forbidden(string field, string detail) => new(FieldErrorType.Forbidden, field, null, detail);

    /// <summary>An <c>Unsupported value</c> error listing the supported values.</summary>
    public static FieldError NotSupported(string field, object? value, IEnumerable<string> supported) =>
        new(FieldErrorType.NotSupported, field, value, "supported values: " + string.Join(", ", supported.Select(GoFormat.Quote)));

    /// <summary>A <c>Duplicate value</c> error.</summary>
    public static FieldError Duplicate(string field, object? value) => new(FieldErrorType.Duplicate, field, value, string.Empty);

    /// <summary>A <c>Not found</c> error.</summary>
    public static FieldError NotFound(string field, object? value) => new(FieldErrorType.NotFound, field, value, string.Empty);

    /// <summary>A <c>Too long</c> error for a value longer than <paramref name="maxLength"/> bytes.</summary>
    public static FieldError TooLong(string field, int maxLength) =>
        new(FieldErrorType.TooLong, field, null, string.Create(CultureInfo.InvariantCulture, $"may not be more than {maxLength} bytes"));

    /// <summary>An <c>Internal error</c>.</summary>
    public static FieldError InternalError(string field, string detail) => new(FieldErrorType.Internal, field, null, detail);

    /// <summary>The Kubernetes cause type (<c>details.causes[].reason</c>), such as <c>FieldValueInvalid</c>.</summary>
    public string CauseType => Type switch
    {
        FieldErrorType.Required => "FieldValueRequired",
        FieldErrorType.Invalid => "FieldValueInvalid",
        FieldErrorType.Forbidden => "FieldValueForbidden",
        FieldErrorType.NotSupported => "FieldValueNotSupported",
        FieldErrorType.Duplicate => "FieldValueDuplicate",
        FieldErrorType.NotFound => "FieldValueNotFound",
        FieldErrorType.TooLong => "FieldValueTooLong",
        FieldErrorType.TooMany => "FieldValueTooMany",
        _ => "InternalError",
    };

    /// <summary>The error without the field path (<c>details.causes[].message</c>).</summary>
    public string Body
    {
        get
        {
            var typeText = TypeText(Type);
            var body = Type is FieldErrorType.Required or FieldErrorType.Forbidden or FieldErrorType.TooLong or FieldErrorType.Internal
                ? typeText
                : typeText + ": " + GoFormat.Value(BadValue);
            return Detail.Length == 0 ? body : body + ": " + Detail;
        }
    }

    /// <summary>The full error text, <c>field: body</c>.</summary>
    public override string ToString() => Field + ": " + Body;

    private static string TypeText(FieldErrorType type) => type switch
    {
        FieldErrorType.Required => "Required value",
        FieldErrorType.Invalid => "Invalid value",
        FieldErrorType.Forbidden => "Forbidden",
        FieldErrorType.NotSupported => "Unsupported value",
        FieldErrorType.Duplicate => "Duplicate value",
        FieldErrorType.NotFound => "Not found",
        FieldErrorType.TooLong => "Too long",
        FieldErrorType.TooMany => "Too many",
        _ => "Internal error",
    };
}
