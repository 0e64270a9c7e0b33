namespace RouteApi.Core.Selectors;

/// <summary>
/// A label or field selector that cannot be parsed or is not supported. <see cref="Exception.Message"/>
/// is the exact Kubernetes text, which the server returns verbatim as a 400 BadRequest message.
/// </summary>
public sealed class SelectorParseException : Exception
{
    /// <summary>Creates the exception with the Kubernetes error text.</summary>
    /// <param name="message">The exact error text.</param>
    public SelectorParseException(string message)
        : base(message)
    {
    }
}
