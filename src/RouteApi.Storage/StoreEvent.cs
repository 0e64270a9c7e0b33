namespace RouteApi.Storage;

/// <summary>One change in the store, as an etcd watch reports it with <c>prev_kv</c>.</summary>
/// <param name="Type">Created, updated or deleted.</param>
/// <param name="Current">
/// The key after the change. For <see cref="StoreEventType.Deleted"/> it holds the last value
/// before the delete, with <see cref="StoredObject.ModRevision"/> set to the delete's revision.
/// </param>
/// <param name="Previous">The value before the change; null for <see cref="StoreEventType.Created"/>.</param>
public sealed record StoreEvent(StoreEventType Type, StoredObject Current, StoredObject? Previous)
{
    /// <summary>The revision of the change.</summary>
    public long Revision => Current.ModRevision;
}
