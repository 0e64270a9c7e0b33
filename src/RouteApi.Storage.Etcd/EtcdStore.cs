using System.ComponentModel.DataAnnotations;
using Etcdserverpb;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace RouteApi.Storage.Etcd;

/// <summary>
/// <see cref="IStore"/> over an etcd v3 cluster, issuing the same operations as kube-apiserver's
/// etcd3 storage: Txn compare-and-swap on <c>mod_revision</c> for writes, Range at a revision for
/// reads, and one Watch stream per watch with <c>prev_kv</c>. It talks to etcd through the generated
/// gRPC stubs of dotnet-etcd on its own channel (<see cref="EtcdChannelFactory"/>). Every request
/// carries a deadline, so nothing waits longer than <see cref="EtcdStoreOptions.RequestTimeout"/>;
/// writes and reads of the current revision are linearizable (they need quorum).
/// </summary>
internal sealed partial class EtcdStore : IStore
{
    /// <summary>The key health checks and revision refreshes read (it need not exist).</summary>
    private const string ProbeKey = "health";

    private readonly EtcdStoreOptions _options;
    private readonly GrpcChannel _channel;
    private readonly KV.KVClient _kv;
    private readonly Watch.WatchClient _watch;
    private readonly EtcdKeys _keys;
    private readonly ILogger _logger;
    private readonly RevisionWatermark _current = new();
    private readonly RevisionWatermark _compacted = new();

    // Cancelled once on dispose; open watch streams are bound to it so they end with the store. It
    // is never disposed: a watch reconnecting while the store closes may still read its token.
    private readonly CancellationTokenSource _closing = new();
    private int _disposed;

    /// <summary>Creates the store; no connection is made until the first request.</summary>
    /// <exception cref="ValidationException">The options are invalid.</exception>
    public EtcdStore(EtcdStoreOptions options, ILogger? logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        Validator.ValidateObject(options, new ValidationContext(options), validateAllProperties: true);
        _options = options;
        _logger = logger ?? NullLogger.Instance;
        _keys = new EtcdKeys(options.Prefix);
        _channel = EtcdChannelFactory.Create(options);
        _kv = new KV.KVClient(_channel);
        _watch = new Watch.WatchClient(_channel);
        Endpoints = string.Join(',', options.EndpointUris().Select(u => u.GetLeftPart(UriPartial.Authority)));
        Log.Created(_logger, Endpoints, options.Prefix);
    }

    /// <summary>
    /// The highest revision any etcd response has reported: every write's, read's and watch
    /// response's header revision raises it. Other clients' writes show up with the next response.
    /// </summary>
    public long CurrentRevision => _current.Value;

    /// <summary>
    /// The highest compacted revision this store knows of: its own compactions, and those etcd
    /// reported (a cancelled watch, a read of a compacted revision). Another client's compaction is
    /// learnt when a request runs into it.
    /// </summary>
    public long CompactedRevision => _compacted.Value;

    /// <summary>The endpoints, for log lines.</summary>
    internal string Endpoints { get; }

    /// <summary>
    /// True when a linearizable read succeeds within <see cref="EtcdStoreOptions.HealthTimeout"/>:
    /// etcd is reachable and has quorum. It does not wait for a connection to come up, and it
    /// refreshes <see cref="CurrentRevision"/>.
    /// </summary>
    public async ValueTask<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        if (IsClosed)
        {
            return false;
        }

        try
        {
            // Fail fast: no waiting for a connection, and a member without a leader says so at once.
            var timeout = _options.HealthTimeout < _options.RequestTimeout ? _options.HealthTimeout : _options.RequestTimeout;
            await ReadRevisionAsync(new CallOptions(RequireLeader, DateTime.UtcNow + timeout), cancellationToken);
            return true;
        }
        catch (StoreUnavailableException e)
        {
            Log.HealthCheckFailed(_logger, Endpoints, e.Message);
            return false;
        }
    }

    /// <inheritdoc />
    public async ValueTask<StoredObject?> GetAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var request = new RangeRequest { Key = _keys.ToEtcd(key) };
        var response = await CallAsync(key, o => _kv.RangeAsync(request, o), cancellationToken);
        _current.Observe(response.Header.Revision);
        return response.Kvs.Count == 0 ? null : _keys.ToStoredObject(response.Kvs[0]);
    }

    /// <summary>
    /// Reads one page with a single etcd Range: at the request's revision (a linearizable read of the
    /// current one when 0), from the start key (or the prefix) to the prefix's end, with etcd's limit.
    /// etcd counts the whole range, so <see cref="ListResult.Remaining"/> needs no second read.
    /// </summary>
    public async ValueTask<ListResult> ListAsync(ListRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Prefix, nameof(request));
        ArgumentOutOfRangeException.ThrowIfNegative(request.Revision, nameof(request));
        ArgumentOutOfRangeException.ThrowIfNegative(request.Limit, nameof(request));

        var (start, end) = _keys.PrefixRange(request.Prefix);
        if (request.StartKey is not null && _keys.ToEtcd(request.StartKey) is var from && from.Span.SequenceCompareTo(start.Span) > 0)
        {
            start = from;
        }

        var range = new RangeRequest { Key = start, RangeEnd = end, Revision = request.Revision, Limit = request.Limit };
        RangeResponse response;
        try
        {
            response = await CallAsync(request.Prefix, o => _kv.RangeAsync(range, o), cancellationToken);
        }
        catch (EtcdRevisionException e) when (e.Compacted)
        {
            throw await CompactedErrorAsync(request.Prefix, request.Revision, request.Revision + 1, cancellationToken);
        }
        catch (EtcdRevisionException)
        {
            throw await FutureRevisionErrorAsync(request.Prefix, request.Revision, cancellationToken);
        }

        _current.Observe(response.Header.Revision);
        var items = response.Kvs.Select(_keys.ToStoredObject).ToArray();
        var revision = request.Revision == 0 ? response.Header.Revision : request.Revision;
        return new ListResult(items, revision, Math.Max(0, response.Count - items.Length));
    }

    /// <summary>
    /// Ends every open watch stream (they complete normally) and closes the connections. Nothing is
    /// lost: etcd holds the data.
    /// </summary>
    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return ValueTask.CompletedTask;
        }

        _closing.Cancel();
        _channel.Dispose();
        Log.Closed(_logger, Endpoints, CurrentRevision);
        return ValueTask.CompletedTask;
    }

    private bool IsClosed => Volatile.Read(ref _disposed) != 0;

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(IsClosed, this);

    /// <summary>
    /// A linearizable count-only read of one key: the cheapest request that proves quorum and
    /// returns etcd's current revision, which it records.
    /// </summary>
    private async Task<long> ReadRevisionAsync(CallOptions options, CancellationToken cancellationToken)
    {
        var request = new RangeRequest { Key = _keys.ToEtcd(ProbeKey), CountOnly = true };
        var response = await CallAsync(ProbeKey, o => _kv.RangeAsync(request, o), options, cancellationToken);
        _current.Observe(response.Header.Revision);
        return response.Header.Revision;
    }
}
