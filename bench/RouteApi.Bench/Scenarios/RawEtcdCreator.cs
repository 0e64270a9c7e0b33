using dotnet_etcd;
using Etcdserverpb;
using Google.Protobuf;
using Grpc.Core;

namespace RouteApi.Bench.Scenarios;

/// <summary>
/// The raw-etcd side of the etcd CREATE comparison: through dotnet-etcd, one transaction per create
/// on a fresh key — compare <c>mod_revision == 0</c>, then put a value as large as a stored route —
/// the same transaction RouteApi's etcd store sends. 200 means it succeeded, 409 that the key existed,
/// 1000 + the gRPC status code that the call failed.
/// </summary>
internal sealed class RawEtcdCreator(EtcdClient client, ByteString value)
{
    public const string Prefix = "/bench-raw/";

    private long _next;

    public async ValueTask<int> CreateAsync(int worker, CancellationToken cancellationToken)
    {
        var key = ByteString.CopyFromUtf8(Prefix + Interlocked.Increment(ref _next).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var txn = new TxnRequest
        {
            Compare =
            {
                new Compare
                {
                    Key = key,
                    Target = Compare.Types.CompareTarget.Mod,
                    Result = Compare.Types.CompareResult.Equal,
                    ModRevision = 0,
                },
            },
            Success = { new RequestOp { RequestPut = new PutRequest { Key = key, Value = value } } },
        };
        try
        {
            var response = await client.TransactionAsync(txn, cancellationToken: cancellationToken);
            return response.Succeeded ? 200 : 409;
        }
        catch (RpcException failure) when (!cancellationToken.IsCancellationRequested)
        {
            return 1000 + (int)failure.StatusCode;
        }
    }
}
