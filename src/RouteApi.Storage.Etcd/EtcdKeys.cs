using System.Text;
using Google.Protobuf;
using Mvccpb;

namespace RouteApi.Storage.Etcd;

/// <summary>
/// Turns store keys into etcd keys and back, and etcd key-values into <see cref="StoredObject"/>s.
/// Every etcd key is <see cref="EtcdStoreOptions.Prefix"/> followed by the UTF-8 store key.
/// </summary>
internal sealed class EtcdKeys(string prefix)
{
    // etcd refuses an empty key; "\0" is the smallest key, and a range end of "\0" means "no end".
    private static readonly ByteString ZeroKey = ByteString.CopyFrom((byte)0);

    private readonly byte[] _prefix = Encoding.UTF8.GetBytes(prefix);

    /// <summary>The etcd key of <paramref name="key"/>.</summary>
    public ByteString ToEtcd(string key)
    {
        var bytes = new byte[_prefix.Length + Encoding.UTF8.GetByteCount(key)];
        _prefix.CopyTo(bytes, 0);
        Encoding.UTF8.GetBytes(key, bytes.AsSpan(_prefix.Length));
        return ByteString.CopyFrom(bytes);
    }

    /// <summary>The store key of an etcd key (the namespace prefix removed).</summary>
    public string FromEtcd(ByteString key) => Encoding.UTF8.GetString(key.Span[_prefix.Length..]);

    /// <summary>
    /// The etcd range <c>[Start, End)</c> holding every key that starts with <paramref name="keyPrefix"/>.
    /// </summary>
    public (ByteString Start, ByteString End) PrefixRange(string keyPrefix)
    {
        var start = ToEtcd(keyPrefix);
        return start.IsEmpty ? (ZeroKey, ZeroKey) : (start, RangeEnd(start.Span));
    }

    /// <summary>The object an etcd key-value holds.</summary>
    public StoredObject ToStoredObject(KeyValue kv) =>
        new(FromEtcd(kv.Key), kv.Value.Memory, kv.CreateRevision, kv.ModRevision);

    /// <summary>
    /// The first key after every key starting with <paramref name="prefix"/>: the prefix with its last
    /// byte below 0xff incremented and what follows dropped (clientv3's GetPrefixRangeEnd).
    /// </summary>
    private static ByteString RangeEnd(ReadOnlySpan<byte> prefix)
    {
        for (var i = prefix.Length - 1; i >= 0; i--)
        {
            if (prefix[i] < 0xff)
            {
                var end = prefix[..(i + 1)].ToArray();
                end[i]++;
                return ByteString.CopyFrom(end);
            }
        }

        // Only 0xff bytes: no key is greater, so the range runs to the end of the keyspace.
        return ZeroKey;
    }
}
