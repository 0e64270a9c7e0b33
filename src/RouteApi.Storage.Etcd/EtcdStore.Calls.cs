using Grpc.Core;

namespace RouteApi.Storage.Etcd;

internal sealed partial class EtcdStore
{
    /// <summary>
    /// etcd's require-leader metadata (<c>rpctypes.MetadataRequireLeaderKey</c>): a member that has
    /// lost its leader refuses the request, or cancels the watch stream, at once with "no leader".
    /// Watches and health checks use it (as kube-apiserver's watches do): a watch on a member cut off
    /// from the cluster would otherwise stay open and silent. Reads and writes do not: during a
    /// leader election etcd queues them until the new leader is in place, which usually ends well
    /// within the deadline, where failing fast would turn every election into errors.
    /// </summary>
    private static readonly Metadata RequireLeader = new() { { "hasleader", "true" } };

    /// <summary>
    /// Runs one unary etcd call with the request deadline; waits for a connection to come up within
    /// that deadline (a restarting member or a reconnecting channel is not an error yet).
    /// </summary>
    private Task<TResponse> CallAsync<TResponse>(string key, Func<CallOptions, AsyncUnaryCall<TResponse>> start, CancellationToken cancellationToken) =>
        CallAsync(key, start, new CallOptions(deadline: DateTime.UtcNow + _options.RequestTimeout).WithWaitForReady(true), cancellationToken);

    /// <summary>
    /// Runs one unary etcd call, which ends by the deadline in <paramref name="options"/> whatever
    /// happens, and maps its failures: the caller's cancellation → <see cref="OperationCanceledException"/>;
    /// a refused revision → <see cref="EtcdRevisionException"/>; everything else (unreachable, no
    /// leader, no quorum, deadline) → <see cref="StoreUnavailableException"/>. No
    /// <see cref="RpcException"/> escapes.
    /// </summary>
    private async Task<TResponse> CallAsync<TResponse>(
        string key,
        Func<CallOptions, AsyncUnaryCall<TResponse>> start,
        CallOptions options,
        CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        try
        {
            using var call = start(options.WithCancellationToken(cancellationToken));
            return await call.ResponseAsync;
        }
        catch (RpcException e)
        {
            throw Translate(e, key, cancellationToken);
        }
    }

    private Exception Translate(RpcException error, string key, CancellationToken cancellationToken)
    {
        if (error.StatusCode == StatusCode.Cancelled && cancellationToken.IsCancellationRequested)
        {
            return new OperationCanceledException("The etcd request was cancelled.", error, cancellationToken);
        }

        if (error.StatusCode == StatusCode.OutOfRange && error.Status.Detail.Contains("compacted", StringComparison.Ordinal))
        {
            return new EtcdRevisionException(compacted: true, error);
        }

        if (error.StatusCode == StatusCode.OutOfRange && error.Status.Detail.Contains("future", StringComparison.Ordinal))
        {
            return new EtcdRevisionException(compacted: false, error);
        }

        Log.RequestFailed(_logger, key, error.StatusCode, error.Status.Detail);
        var message = error.StatusCode switch
        {
            StatusCode.DeadlineExceeded => $"etcd at {Endpoints} did not answer in time (no quorum, or unreachable)",
            StatusCode.Unavailable => $"etcd at {Endpoints} is unavailable: {error.Status.Detail}",
            _ => $"etcd at {Endpoints} failed the request ({error.StatusCode}): {error.Status.Detail}",
        };
        return new StoreUnavailableException(key, message, error);
    }
}
