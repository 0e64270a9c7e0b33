namespace RouteApi.Storage;

/// <summary>Base class of the errors a store reports for a well-formed request it cannot satisfy.</summary>
public abstract class StoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    protected StoreException(string key, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Key = key;
    }

    /// <summary>The key the operation was about (may be a prefix).</summary>
    public string Key { get; }
}
