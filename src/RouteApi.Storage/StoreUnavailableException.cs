namespace RouteApi.Storage;

/// <summary>
/// The store could not be reached or has no quorum, or the operation ran out of time
/// (API: 503 ServiceUnavailable with Retry-After). The outcome of a write that failed this way is
/// unknown: the caller may retry it, or read to find out.
/// </summary>
public sealed class StoreUnavailableException : StoreException
{
    /// <summary>Creates the exception.</summary>
    public StoreUnavailableException(string key, string message, Exception? innerException = null)
        : base(key, message, innerException)
    {
    }
}
