using Etcdserverpb;
using Google.Protobuf;

namespace RouteApi.Storage.Etcd;

internal sealed partial class EtcdStore
{
    /// <summary>
    /// One Txn: if the key's <c>mod_revision == 0</c> (it does not exist) then put. A failed compare
    /// is "key exists" (kube-apiserver's Create). The value is copied before the call.
    /// </summary>
    public async ValueTask<StoredObject> CreateAsync(string key, ReadOnlyMemory<byte> value, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var etcdKey = _keys.ToEtcd(key);
        var bytes = ByteString.CopyFrom(value.Span);
        var txn = new TxnRequest
        {
            Compare = { ModRevisionEquals(etcdKey, 0) },
            Success = { new RequestOp { RequestPut = new PutRequest { Key = etcdKey, Value = bytes } } },
        };

        var response = await TxnAsync(key, txn, cancellationToken);
        if (!response.Succeeded)
        {
            throw new StoreKeyExistsException(key);
        }

        return new StoredObject(key, bytes.Memory, response.Header.Revision, response.Header.Revision);
    }

    /// <summary>
    /// One Txn: if <c>mod_revision == expected</c> then put (returning the previous key-value for
    /// its create revision) else range, so a lost race carries the current value without another
    /// read (kube-apiserver's GuaranteedUpdate).
    /// </summary>
    public async ValueTask<StoredObject> UpdateAsync(string key, ReadOnlyMemory<byte> value, long expectedRevision, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var etcdKey = _keys.ToEtcd(key);
        if (expectedRevision <= 0)
        {
            // mod_revision == 0 would match a missing key and turn the update into a create.
            throw new StoreConflictException(key, await GetAsync(key, cancellationToken));
        }

        var bytes = ByteString.CopyFrom(value.Span);
        var put = new RequestOp { RequestPut = new PutRequest { Key = etcdKey, Value = bytes, PrevKv = true } };
        var response = await TxnAsync(key, CompareAndSwap(etcdKey, expectedRevision, put), cancellationToken);
        var previous = response.Responses[0].ResponsePut.PrevKv;
        return new StoredObject(key, bytes.Memory, previous.CreateRevision, response.Header.Revision);
    }

    /// <summary>
    /// One Txn: if <c>mod_revision == expected</c> then delete (returning the deleted key-value) else
    /// range. The deleted value comes back with the delete's revision as its modification revision.
    /// </summary>
    public async ValueTask<StoredObject> DeleteAsync(string key, long expectedRevision, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var etcdKey = _keys.ToEtcd(key);
        if (expectedRevision <= 0)
        {
            throw new StoreConflictException(key, await GetAsync(key, cancellationToken));
        }

        var delete = new RequestOp { RequestDeleteRange = new DeleteRangeRequest { Key = etcdKey, PrevKv = true } };
        var response = await TxnAsync(key, CompareAndSwap(etcdKey, expectedRevision, delete), cancellationToken);
        var previous = response.Responses[0].ResponseDeleteRange.PrevKvs[0];
        return new StoredObject(key, previous.Value.Memory, previous.CreateRevision, response.Header.Revision);
    }

    private static Compare ModRevisionEquals(ByteString key, long revision) => new()
    {
        Key = key,
        Target = Compare.Types.CompareTarget.Mod,
        Result = Compare.Types.CompareResult.Equal,
        ModRevision = revision,
    };

    private static TxnRequest CompareAndSwap(ByteString key, long expectedRevision, RequestOp then) => new()
    {
        Compare = { ModRevisionEquals(key, expectedRevision) },
        Success = { then },
        Failure = { new RequestOp { RequestRange = new RangeRequest { Key = key } } },
    };

    /// <summary>
    /// Runs a Txn and records its revision. A compare-and-swap whose compare failed throws
    /// <see cref="StoreConflictException"/> with the value the else branch read.
    /// </summary>
    private async Task<TxnResponse> TxnAsync(string key, TxnRequest txn, CancellationToken cancellationToken)
    {
        var response = await CallAsync(key, o => _kv.TxnAsync(txn, o), cancellationToken);
        _current.Observe(response.Header.Revision);
        if (!response.Succeeded && txn.Failure.Count > 0)
        {
            var current = response.Responses[0].ResponseRange.Kvs;
            throw new StoreConflictException(key, current.Count == 0 ? null : _keys.ToStoredObject(current[0]));
        }

        return response;
    }
}
