using System.Diagnostics;
using System.Text;
using System.Threading.Channels;

namespace RouteApi.Server.Tests.Kubectl;

/// <summary>
/// A running kubectl whose stdout is read line by line while it runs (<c>kubectl get -w</c>).
/// Disposing kills it: a watch never ends by itself.
/// </summary>
public sealed class RunningKubectl : IAsyncDisposable
{
    /// <summary>How long <see cref="ReadLineAsync"/> waits for a line before failing: a hang guard, not a timing assertion.</summary>
    public static readonly TimeSpan LineTimeout = TimeSpan.FromSeconds(30);

    private readonly System.Diagnostics.Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly StringBuilder _seen = new();
    private readonly StringBuilder _errors = new();

    private RunningKubectl(System.Diagnostics.Process process)
    {
        _process = process;
    }

    internal static RunningKubectl Start(ProcessStartInfo start)
    {
        var process = new System.Diagnostics.Process { StartInfo = start };
        var running = new RunningKubectl(process);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                running._lines.Writer.TryComplete();
            }
            else
            {
                running._lines.Writer.TryWrite(e.Data);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            // Both handlers run on pool threads; the lock keeps the diagnostics text whole.
            lock (running._errors)
            {
                running._errors.AppendLine(e.Data);
            }
        };
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return running;
    }

    /// <summary>
    /// The next line that satisfies <paramref name="match"/>, skipping the others; fails with
    /// everything kubectl printed when it ends or stays silent for <see cref="LineTimeout"/>.
    /// </summary>
    public async Task<string> ReadLineAsync(Func<string, bool> match)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(LineTimeout);
        try
        {
            while (await _lines.Reader.WaitToReadAsync(limit.Token))
            {
                while (_lines.Reader.TryRead(out var line))
                {
                    _seen.AppendLine(line);
                    if (match(line))
                    {
                        return line;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            Assert.Fail($"kubectl printed no matching line within {LineTimeout.TotalSeconds} s\nstdout:\n{_seen}\nstderr:\n{Errors}");
        }

        Assert.Fail($"kubectl ended before a matching line\nstdout:\n{_seen}\nstderr:\n{Errors}");
        return string.Empty;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private string Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToString();
            }
        }
    }
}
