using System.Globalization;
using System.Runtime.InteropServices;

namespace RouteApi.Bench.Results;

/// <summary>The machine the figures were measured on.</summary>
internal sealed record MachineFacts(int Cores, string CpuModel, long MemoryBytes, string Runtime, string Os, DateTimeOffset Date)
{
    public static MachineFacts Read() => new(
        Environment.ProcessorCount,
        ProcValue("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        (long.TryParse(ProcValue("/proc/meminfo", "MemTotal")?.Split(' ')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var kb) ? kb : 0) * 1024,
        RuntimeInformation.FrameworkDescription,
        RuntimeInformation.OSDescription,
        DateTimeOffset.UtcNow);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Cores} cores, {CpuModel}, {MemoryBytes / (1024.0 * 1024 * 1024):F1} GiB RAM, {Runtime}, {Os}, {Date:yyyy-MM-dd HH:mm} UTC");

    private static string? ProcValue(string file, string key)
    {
        if (!File.Exists(file))
        {
            return null;
        }

        return File.ReadLines(file)
            .Where(line => line.StartsWith(key, StringComparison.Ordinal))
            .Select(line => line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim())
            .FirstOrDefault();
    }
}
