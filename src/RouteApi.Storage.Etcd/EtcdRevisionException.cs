namespace RouteApi.Storage.Etcd;

/// <summary>
/// etcd refused a revision (gRPC <c>OutOfRange</c>): it was compacted, or it is ahead of the store.
/// Internal only: the store turns it into <see cref="StoreRevisionCompactedException"/> or
/// <see cref="StoreFutureRevisionException"/> with the revisions filled in.
/// </summary>
internal sealed class EtcdRevisionException(bool compacted, Exception innerException)
    : Exception(compacted ? "etcd: the revision has been compacted" : "etcd: the revision is in the future", innerException)
{
    /// <summary>True for "compacted", false for "future revision".</summary>
    public bool Compacted { get; } = compacted;
}
