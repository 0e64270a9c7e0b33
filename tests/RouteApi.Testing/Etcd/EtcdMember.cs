using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace RouteApi.Testing.Etcd;

/// <summary>
/// One real <c>etcd</c> process (Debian's etcd-server) on loopback ports, with its own data
/// directory. It can be killed with SIGKILL and started again on the same directory and ports.
/// </summary>
public sealed class EtcdMember : IAsyncDisposable
{
    /// <summary>
    /// What etcd 3.4 logs (zap) once it serves clients, which is after it joined a cluster that has
    /// quorum ("serving client traffic insecurely; …" or "… securely").
    /// </summary>
    private const string ReadyLine = "serving client traffic";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(15);

    // Every process any member started and has not seen exit: killed if the test host exits first, so
    // an aborted run leaves no etcd behind.
    private static readonly ConcurrentDictionary<int, Process> Running = new();

    private readonly IReadOnlyList<string> _arguments;
    private readonly ConcurrentQueue<string> _output = new();
    private Process? _process;
    private TaskCompletionSource? _ready;

    static EtcdMember() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        foreach (var process in Running.Values)
        {
            try
            {
                process.Kill();
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }
        }
    };

    /// <summary>Describes a member; nothing runs until <see cref="Start"/>.</summary>
    /// <param name="name">The member name.</param>
    /// <param name="ports">The member's client and peer ports.</param>
    /// <param name="dataDirectory">The data directory (created by etcd).</param>
    /// <param name="settings">What every member of the cluster shares.</param>
    public EtcdMember(string name, (int Client, int Peer) ports, string dataDirectory, EtcdMemberSettings settings)
    {
        Name = name;
        ClientUrl = $"{(settings.Tls is null ? "http" : "https")}://127.0.0.1:{ports.Client}";
        PeerUrl = $"http://127.0.0.1:{ports.Peer}";
        List<string> arguments =
        [
            "--name", name, "--data-dir", dataDirectory,
            "--listen-client-urls", ClientUrl, "--advertise-client-urls", ClientUrl,
            "--listen-peer-urls", PeerUrl, "--initial-advertise-peer-urls", PeerUrl,
            "--initial-cluster", settings.InitialCluster, "--initial-cluster-state", "new",
            "--heartbeat-interval", settings.HeartbeatMilliseconds.ToString(CultureInfo.InvariantCulture),
            "--election-timeout", settings.ElectionMilliseconds.ToString(CultureInfo.InvariantCulture),
            "--logger", "zap", "--log-outputs", "stderr",
        ];
        if (settings.Tls is { } tls)
        {
            arguments.AddRange([
                "--cert-file", tls.ServerCertFile, "--key-file", tls.ServerKeyFile,
                "--trusted-ca-file", tls.CaFile, "--client-cert-auth",
            ]);
        }

        _arguments = arguments;
    }

    public string Name { get; }

    public string ClientUrl { get; }

    public string PeerUrl { get; }

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Starts the process; <see cref="WaitUntilReadyAsync"/> then waits until it serves clients.</summary>
    /// <exception cref="InvalidOperationException">etcd is not installed.</exception>
    public void Start()
    {
        if (IsRunning)
        {
            throw new InvalidOperationException($"etcd member {Name} is already running.");
        }

        var start = new ProcessStartInfo(EtcdBinary.Path) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in _arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var variable in start.Environment.Keys.Where(k => k.StartsWith("ETCD", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(variable);
        }

        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = start };
        process.ErrorDataReceived += (_, line) => Record(line.Data, ready);
        process.OutputDataReceived += (_, line) => Record(line.Data, ready);
        process.Start();
        Running[process.Id] = process;
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        _process = process;
        _ready = ready;
    }

    /// <summary>Waits until the member serves clients; fails with its log when it exits or takes too long.</summary>
    public async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var process = _process ?? throw new InvalidOperationException($"etcd member {Name} was not started.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StartTimeout);
        var exited = process.WaitForExitAsync(timeout.Token);
        var first = await Task.WhenAny(_ready!.Task, exited);
        if (first != _ready.Task)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var reason = process.HasExited ? $"exited with code {process.ExitCode}" : $"was not ready within {StartTimeout}";
            throw new InvalidOperationException($"etcd member {Name} {reason}. Its last output:\n{string.Join('\n', _output)}");
        }
    }

    /// <summary>Kills the process with SIGKILL (no clean shutdown) and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        if (_process is { } process)
        {
            if (!process.HasExited)
            {
                process.Kill();
            }

            await process.WaitForExitAsync();
            Running.TryRemove(process.Id, out _);
            process.Dispose();
            _process = null;
        }
    }

    /// <summary>Kills the process if it runs (the data directory belongs to the cluster).</summary>
    public async ValueTask DisposeAsync() => await KillAsync();

    /// <summary>The last lines etcd wrote, for failure messages.</summary>
    public string RecentOutput() => string.Join('\n', _output);

    private void Record(string? line, TaskCompletionSource ready)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 40)
        {
            _output.TryDequeue(out _);
        }

        if (line.Contains(ReadyLine, StringComparison.Ordinal))
        {
            ready.TrySetResult();
        }
    }
}
