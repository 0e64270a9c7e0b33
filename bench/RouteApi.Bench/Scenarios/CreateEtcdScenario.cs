using dotnet_etcd;
using Etcdserverpb;
using Google.Protobuf;
using RouteApi.Bench.Load;
using RouteApi.Bench.Results;

namespace RouteApi.Bench.Scenarios;

/// <summary>
/// d. CREATE through RouteApi on etcd against raw etcd transactions through dotnet-etcd, the same
/// etcd process, the same number of requests in flight, rounds alternating.
/// </summary>
internal sealed class CreateEtcdScenario(BenchEnvironment environment) : IScenario
{
    private const string Namespace = "bench-create-etcd";

    public string Id => "d";

    public string Title => "CREATE on etcd vs raw etcd transactions (dotnet-etcd, compare mod_revision=0 then put)";

    public async Task RunAsync(ScenarioReport report, CancellationToken cancellationToken)
    {
        var (etcd, server) = await environment.EtcdAsync(cancellationToken);
        using var api = LoadClient.Create(server.BaseAddress, environment.Tokens.AdminToken);
        using var client = new EtcdClient(etcd.ClientUrl);
        var concurrency = environment.Options.WriteConcurrency;
        var template = new RouteBodyTemplate(Namespace);
        var creator = new RoutePoster(api, RoutePaths.Collection(Namespace), template, new UniqueNames("create"), concurrency);
        var valueSize = await StoredRouteSizeAsync(client, creator, cancellationToken);
        report.Detail("stored value bytes", valueSize);
        var raw = new RawEtcdCreator(client, ByteString.CopyFrom(new byte[valueSize]));
        report.Notes.Add("CPU 'served' is the RouteApi process for api and nothing for raw etcd: etcd itself is not metered (see machine CPU).");
        await ThroughputComparison.RunAsync(
            environment,
            report,
            ("CREATE, etcd", Target.Min(0.80)),
            (new LoadSide("baseline", raw.CreateAsync, 200, []), new LoadSide("api", creator.PostAsync, 201, [server.Process.Id])),
            concurrency,
            cancellationToken);
    }

    /// <summary>Creates one route through RouteApi and reads back how many bytes etcd stores for it.</summary>
    private static async Task<int> StoredRouteSizeAsync(EtcdClient client, RoutePoster creator, CancellationToken cancellationToken)
    {
        var status = await creator.PostAsync(0, cancellationToken);
        if (status != 201)
        {
            throw new ScenarioFailedException($"the first create on etcd answered {status}");
        }

        var range = await client.GetAsync(
            new RangeRequest { Key = ByteString.CopyFromUtf8("/"), RangeEnd = ByteString.CopyFromUtf8("0") },
            cancellationToken: cancellationToken);
        var stored = range.Kvs.FirstOrDefault(kv => kv.Key.ToStringUtf8().Contains(Namespace, StringComparison.Ordinal))
            ?? throw new ScenarioFailedException("the created route is not in etcd under /");
        return stored.Value.Length;
    }
}
