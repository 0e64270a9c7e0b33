using System.Buffers.Text;

namespace RouteApi.Bench.Scenarios;

/// <summary>
/// Finds the update's sequence number in a JSON watch frame by searching for the annotation's bytes
/// (<c>"bench.routeapi.io/seq":"N"</c>): no JSON parse, so a thousand watchers cost the harness little.
/// </summary>
internal static class SequenceFrames
{
    public const string Annotation = "bench.routeapi.io/seq";

    private static ReadOnlySpan<byte> Marker => "\"bench.routeapi.io/seq\":\""u8;

    /// <summary>The sequence number in <paramref name="frame"/>, or -1 when it has none.</summary>
    public static long Find(ReadOnlySpan<byte> frame)
    {
        var at = frame.IndexOf(Marker);
        if (at < 0)
        {
            return -1;
        }

        var digits = frame[(at + Marker.Length)..];
        return Utf8Parser.TryParse(digits, out long sequence, out var consumed) && consumed < digits.Length && digits[consumed] == (byte)'"'
            ? sequence
            : -1;
    }
}
