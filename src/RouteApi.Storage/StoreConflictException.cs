namespace RouteApi.Storage;

/// <summary>
/// A compare-and-swap lost: the key's revision differs from the expected one, or the key is gone
/// (API: 409 Conflict or a retry). <see cref="Current"/> is the value at the time of the failed compare.
/// </summary>
public sealed class StoreConflictException(string key, StoredObject? current)
    : StoreException(key, $"revision mismatch on {key}")
{
    /// <summary>The current value, or null when the key does not exist.</summary>
    public StoredObject? Current { get; } = current;
}
