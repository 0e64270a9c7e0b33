namespace RouteApi.Formats;

/// <summary>A request body could not be decoded in its declared format (API: 400 BadRequest).</summary>
public sealed class FormatDecodeException : Exception
{
    /// <summary>Creates the exception with a client-facing message.</summary>
    public FormatDecodeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a client-facing message and its cause.</summary>
    public FormatDecodeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
