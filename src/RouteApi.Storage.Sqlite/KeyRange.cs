using System.Text;

namespace RouteApi.Storage.Sqlite;

/// <summary>
/// The half-open range <c>[Start, End)</c> of keys that start with a prefix, in SQLite's BINARY
/// collation. That collation compares UTF-8 bytes, and UTF-8 byte order is code point order, so the
/// range is computed on code points.
/// </summary>
/// <param name="Prefix">The prefix; also the inclusive start of the range.</param>
/// <param name="End">The exclusive end, or null when no string is above every key with the prefix.</param>
internal readonly record struct KeyRange(string Prefix, string? End)
{
    /// <summary>
    /// A BLOB bound for "no end": SQLite orders every TEXT value before every BLOB, so
    /// <c>name &lt; x'FF'</c> holds for every key while the query keeps one shape and its index range.
    /// </summary>
    private static readonly byte[] NoEnd = [0xFF];

    /// <summary>The value to bind for the exclusive end.</summary>
    public object EndParameter => End ?? (object)NoEnd;

    /// <summary>Builds the range of <paramref name="prefix"/>.</summary>
    public static KeyRange ForPrefix(string prefix) => new(prefix, PrefixEnd(prefix));

    /// <summary>True when <paramref name="key"/> is in the range (the live-event filter of a watch).</summary>
    public bool Contains(string key) => key.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The smallest string above every string that starts with <paramref name="prefix"/>.</summary>
    internal static string? PrefixEnd(string prefix)
    {
        var end = prefix.Length;
        while (end > 0)
        {
            // A lone surrogate decodes to U+FFFD, which is also what SQLite stores for it.
            _ = Rune.DecodeLastFromUtf16(prefix.AsSpan(0, end), out var last, out var consumed);
            end -= consumed;
            if (last.Value < 0x10FFFF)
            {
                var next = last.Value == 0xD7FF ? 0xE000 : last.Value + 1;
                return string.Concat(prefix.AsSpan(0, end), new Rune(next).ToString());
            }
        }

        return null;
    }
}
