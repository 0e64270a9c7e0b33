using System.Buffers.Text;
using System.Text;

namespace RouteApi.Bench.Scenarios;

/// <summary>Route names that are unique within a run (<c>prefix-N</c>), written into a caller's buffer.</summary>
internal sealed class UniqueNames(string prefix)
{
    private readonly byte[] _prefix = Encoding.UTF8.GetBytes(prefix + "-");
    private long _next;

    /// <summary>Longest name: the prefix, a dash and a 19-digit number.</summary>
    public int MaxLength => _prefix.Length + 20;

    public int Next(Span<byte> destination)
    {
        _prefix.CopyTo(destination);
        Utf8Formatter.TryFormat(Interlocked.Increment(ref _next), destination[_prefix.Length..], out var written);
        return _prefix.Length + written;
    }
}
