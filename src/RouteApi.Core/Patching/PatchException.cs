namespace RouteApi.Core.Patching;

/// <summary>
/// A patch that cannot be applied. <see cref="Exception.Message"/> is the client-facing text
/// (upstream's text where kube-apiserver has one); <see cref="Kind"/> selects the HTTP status.
/// </summary>
public sealed class PatchException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="kind">How the server reports the failure (400, 422 or 413).</param>
    /// <param name="message">The client-facing error text.</param>
    public PatchException(PatchErrorKind kind, string message)
        : base(message)
    {
        Kind = kind;
    }

    /// <summary>How the server reports the failure: 400 BadRequest, 422 Invalid or 413 TooLarge.</summary>
    public PatchErrorKind Kind { get; }

    internal static PatchException BadRequest(string message) => new(PatchErrorKind.BadRequest, message);

    internal static PatchException Invalid(string message) => new(PatchErrorKind.Invalid, message);
}
