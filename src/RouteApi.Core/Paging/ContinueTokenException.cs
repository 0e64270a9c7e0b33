namespace RouteApi.Core.Paging;

/// <summary>
/// A <c>continue</c> token that cannot be decoded. <see cref="Exception.Message"/> is the Kubernetes
/// text, starting <c>continue key is not valid</c>; the server answers 400 BadRequest with
/// <c>invalid continue token: </c> in front of it.
/// </summary>
public sealed class ContinueTokenException : Exception
{
    /// <summary>Creates the exception with the Kubernetes error text.</summary>
    /// <param name="message">The exact error text.</param>
    public ContinueTokenException(string message)
        : base(message)
    {
    }
}
