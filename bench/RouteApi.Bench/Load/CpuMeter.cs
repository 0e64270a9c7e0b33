using System.Diagnostics;
using System.Globalization;

namespace RouteApi.Bench.Load;

/// <summary>Meters CPU time from construction to <see cref="Stop"/>: of some processes (by id), of the harness and of the machine.</summary>
internal sealed class CpuMeter
{
    private readonly IReadOnlyList<int> _processes;
    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly TimeSpan _servedStart;
    private readonly TimeSpan _harnessStart;
    private readonly (long Busy, long Total) _machineStart;

    public CpuMeter(IReadOnlyList<int> processes)
    {
        _processes = processes;
        _servedStart = Served();
        _harnessStart = Harness();
        _machineStart = Machine();
    }

    public CpuUse Stop()
    {
        var wall = Stopwatch.GetElapsedTime(_started).TotalSeconds;
        var machine = Machine();
        var ticks = machine.Total - _machineStart.Total;
        var machineCores = ticks > 0 ? (double)(machine.Busy - _machineStart.Busy) / ticks * Environment.ProcessorCount : 0;
        return new CpuUse(
            (Served() - _servedStart).TotalSeconds / wall,
            (Harness() - _harnessStart).TotalSeconds / wall,
            machineCores);
    }

    private static TimeSpan Harness()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    /// <summary>Busy and total jiffies of all cores from the first line of /proc/stat.</summary>
    private static (long Busy, long Total) Machine()
    {
        var fields = File.ReadLines("/proc/stat").First()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Skip(1)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture))
            .ToArray();
        var total = fields.Sum();
        var idle = fields[3] + (fields.Length > 4 ? fields[4] : 0);
        return (total - idle, total);
    }

    private TimeSpan Served() => _processes.Aggregate(TimeSpan.Zero, (sum, id) => sum + CpuTime(id));

    private static TimeSpan CpuTime(int id)
    {
        try
        {
            using var process = Process.GetProcessById(id);
            return process.TotalProcessorTime;
        }
        catch (ArgumentException)
        {
            // Exited: it no longer adds CPU time.
            return TimeSpan.Zero;
        }
    }
}
