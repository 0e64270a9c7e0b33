namespace RouteApi.Core.Validation;

/// <summary>Kubernetes <c>field.ErrorType</c>: the kind of a field validation error.</summary>
public enum FieldErrorType
{
    /// <summary><c>Required value</c> (cause <c>FieldValueRequired</c>).</summary>
    Required,

    /// <summary><c>Invalid value</c> (cause <c>FieldValueInvalid</c>).</summary>
    Invalid,

    /// <summary><c>Forbidden</c> (cause <c>FieldValueForbidden</c>).</summary>
    Forbidden,

    /// <summary><c>Unsupported value</c> (cause <c>FieldValueNotSupported</c>).</summary>
    NotSupported,

    /// <summary><c>Duplicate value</c> (cause <c>FieldValueDuplicate</c>).</summary>
    Duplicate,

    /// <summary><c>Not found</c> (cause <c>FieldValueNotFound</c>).</summary>
    NotFound,

    /// <summary><c>Too long</c> (cause <c>FieldValueTooLong</c>).</summary>
    TooLong,

    /// <summary><c>Too many</c> (cause <c>FieldValueTooMany</c>).</summary>
    TooMany,

    /// <summary><c>Internal error</c> (cause <c>InternalError</c>).</summary>
    Internal,
}
