using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace RouteApi.Testing.Etcd;

/// <summary>
/// A throwaway etcd cluster of real processes on free loopback ports, with a temporary directory
/// that holds every member's data; disposing it kills the members and deletes the directory.
/// </summary>
public sealed class EtcdCluster : IAsyncDisposable
{
    private const int StartAttempts = 3;

    private readonly string _directory;

    private EtcdCluster(string directory, IReadOnlyList<EtcdMember> members)
    {
        _directory = directory;
        Members = members;
    }

    public IReadOnlyList<EtcdMember> Members { get; }

    /// <summary>
    /// Starts <paramref name="size"/> members and waits until each serves clients. A single member
    /// elects itself in ~100 ms with short raft timers; a real cluster gets timers that ride out a
    /// busy test machine. Ports are picked free, so a port taken in between only costs a retry.
    /// </summary>
    public static Task<EtcdCluster> StartAsync(int size, CancellationToken cancellationToken) => StartAsync(size, null, cancellationToken);

    /// <summary>Starts a cluster whose client port speaks TLS with <paramref name="tls"/> (when not null).</summary>
    public static async Task<EtcdCluster> StartAsync(int size, EtcdTestCertificates? tls, CancellationToken cancellationToken)
    {
        var timing = size == 1 ? (Heartbeat: 10, Election: 100) : (Heartbeat: 50, Election: 500);
        for (var attempt = 1; ; attempt++)
        {
            var directory = Path.Combine(Path.GetTempPath(), "routeapi-etcd-tests", Guid.NewGuid().ToString("N"));
            var ports = FreePorts(2 * size);
            var names = Enumerable.Range(0, size).Select(i => $"m{i}").ToArray();
            var initialCluster = string.Join(',', names.Select((n, i) => $"{n}=http://127.0.0.1:{ports[(2 * i) + 1]}"));
            var settings = new EtcdMemberSettings(initialCluster, timing.Heartbeat, timing.Election, tls);
            var members = names
                .Select((n, i) => new EtcdMember(n, (ports[2 * i], ports[(2 * i) + 1]), Path.Combine(directory, n), settings))
                .ToArray();
            var cluster = new EtcdCluster(directory, members);
            try
            {
                foreach (var member in members)
                {
                    member.Start();
                }

                await Task.WhenAll(members.Select(m => m.WaitUntilReadyAsync(cancellationToken)));
                return cluster;
            }
            catch (InvalidOperationException e) when (attempt < StartAttempts && e.Message.Contains("address already in use", StringComparison.Ordinal))
            {
                await cluster.DisposeAsync();
            }
            catch
            {
                await cluster.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary>Every member's client URL, comma-separated (<c>--etcd-servers</c>).</summary>
    public string ClientUrls => string.Join(',', Members.Select(m => m.ClientUrl));

    /// <summary>Starts stopped members again on their data directories and ports and waits until they serve.</summary>
    public async Task RestartAsync(IEnumerable<int> members, CancellationToken cancellationToken)
    {
        var restarted = members.Select(i => Members[i]).ToArray();
        foreach (var member in restarted)
        {
            member.Start();
        }

        await Task.WhenAll(restarted.Select(m => m.WaitUntilReadyAsync(cancellationToken)));
    }

    /// <summary>
    /// The index of the member that is the raft leader, as the running members report it through
    /// etcd's JSON gateway (<c>POST /v3/maintenance/status</c>), so this library needs no gRPC stubs.
    /// Plain-HTTP clusters only.
    /// </summary>
    public async Task<int> LeaderIndexAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        foreach (var member in Members.Where(m => m.IsRunning))
        {
            using var content = new StringContent("{}");
            using var response = await http.PostAsync(new Uri(member.ClientUrl + "/v3/maintenance/status"), content, cancellationToken);
            response.EnsureSuccessStatusCode();
            using var status = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            var self = status.RootElement.GetProperty("header").GetProperty("member_id").GetString();
            if (status.RootElement.TryGetProperty("leader", out var leader) && leader.GetString() == self)
            {
                return Members.ToList().IndexOf(member);
            }
        }

        throw new InvalidOperationException("No running etcd member is the leader.");
    }

    /// <summary>
    /// The value of <paramref name="key"/> at the latest revision (null when absent), read from the
    /// first running member through etcd's JSON gateway (<c>POST /v3/kv/range</c>). Plain-HTTP clusters only.
    /// </summary>
    public async Task<string?> GetValueAsync(string key, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var member = Members.First(m => m.IsRunning);
        var request = JsonSerializer.Serialize(new Dictionary<string, string> { ["key"] = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(key)) });
        using var content = new StringContent(request);
        using var response = await http.PostAsync(new Uri(member.ClientUrl + "/v3/kv/range"), content, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var range = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return range.RootElement.TryGetProperty("kvs", out var kvs) && kvs.GetArrayLength() > 0
            ? System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(kvs[0].GetProperty("value").GetString()!))
            : null;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var member in Members)
        {
            await member.DisposeAsync();
        }

        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static int[] FreePorts(int count)
    {
        // Hold every listener until all ports are picked, so the same port is not handed out twice.
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToArray();
        try
        {
            foreach (var listener in listeners)
            {
                listener.Start();
            }

            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            foreach (var listener in listeners)
            {
                listener.Stop();
            }
        }
    }
}
