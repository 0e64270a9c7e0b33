using RouteApi.Testing.Etcd;

namespace RouteApi.Bench.Hosting;

/// <summary>One real etcd (the tests' <see cref="EtcdMember"/>) on free loopback ports with its own data directory.</summary>
internal sealed class EtcdNode : IAsyncDisposable
{
    private readonly EtcdMember _member;

    private EtcdNode(EtcdMember member) => _member = member;

    public string ClientUrl => _member.ClientUrl;

    public static async Task<EtcdNode> StartAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        var ports = (FreePort.Next(), FreePort.Next());
        var settings = new EtcdMemberSettings($"bench=http://127.0.0.1:{ports.Item2}", 100, 1000, null);
        var member = new EtcdMember("bench", ports, dataDirectory, settings);
        member.Start();
        try
        {
            await member.WaitUntilReadyAsync(cancellationToken);
        }
        catch
        {
            await member.DisposeAsync();
            throw;
        }

        return new EtcdNode(member);
    }

    public ValueTask DisposeAsync() => _member.DisposeAsync();
}
