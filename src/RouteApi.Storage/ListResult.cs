namespace RouteApi.Storage;

/// <summary>The result of a range read: a consistent snapshot at <paramref name="Revision"/>.</summary>
/// <param name="Items">The live keys in key order.</param>
/// <param name="Revision">The revision the snapshot was read at.</param>
/// <param name="Remaining">How many keys of the range follow the last returned one (0 when none).</param>
public sealed record ListResult(IReadOnlyList<StoredObject> Items, long Revision, long Remaining)
{
    /// <summary>True when keys follow the returned page.</summary>
    public bool HasMore => Remaining > 0;
}
