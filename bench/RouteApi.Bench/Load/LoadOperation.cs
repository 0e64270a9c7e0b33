namespace RouteApi.Bench.Load;

/// <summary>
/// One request of a load side, run by worker <c>worker</c> (for its own buffers); returns the
/// HTTP status code, or for etcd 200 when the transaction succeeded.
/// </summary>
internal delegate ValueTask<int> LoadOperation(int worker, CancellationToken cancellationToken);
