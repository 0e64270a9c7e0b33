using System.Buffers;
using System.Text;

namespace RouteApi.Formats.Yaml;

/// <summary>
/// The order go-yaml v2 writes map keys in (<c>sorter.go</c> <c>keyList.Less</c>), which is why
/// <c>kubectl get -o yaml</c> lists <c>apiVersion</c>, <c>kind</c>, <c>metadata</c>, <c>spec</c>,
/// <c>status</c>: characters compare by code point, except that a non-letter sorts before a letter
/// and runs of digits compare as numbers (<c>item9</c> before <c>item10</c>).
/// </summary>
internal sealed class YamlKeyComparer : IComparer<string>
{
    /// <summary>The shared instance.</summary>
    public static YamlKeyComparer Instance { get; } = new();

    private static readonly SearchValues<char> AsciiLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        // Field names are plain ASCII words, for which the rules reduce to ordinal order.
        if (IsAsciiWord(x) && IsAsciiWord(y))
        {
            return string.CompareOrdinal(x, y);
        }

        var a = Runes(x);
        var b = Runes(y);
        for (var i = 0; i < a.Length && i < b.Length; i++)
        {
            if (a[i] == b[i])
            {
                continue;
            }

            var aLetter = Rune.IsLetter(a[i]);
            var bLetter = Rune.IsLetter(b[i]);
            if (aLetter && bLetter)
            {
                return a[i].Value.CompareTo(b[i].Value);
            }

            if (aLetter || bLetter)
            {
                return bLetter ? -1 : 1;
            }

            return CompareNumbers(a, b, i);
        }

        return a.Length.CompareTo(b.Length);
    }

    private static int CompareNumbers(Rune[] a, Rune[] b, int i)
    {
        long aNumber = 0, bNumber = 0;

        // A zero after a non-zero digit is inside a number that already differs.
        if (a[i].Value == '0' || b[i].Value == '0')
        {
            for (var j = i - 1; j >= 0 && Rune.IsDigit(a[j]); j--)
            {
                if (a[j].Value != '0')
                {
                    aNumber = 1;
                    bNumber = 1;
                    break;
                }
            }
        }

        int aEnd = i, bEnd = i;
        for (; aEnd < a.Length && Rune.IsDigit(a[aEnd]); aEnd++)
        {
            aNumber = unchecked((aNumber * 10) + (a[aEnd].Value - '0'));
        }

        for (; bEnd < b.Length && Rune.IsDigit(b[bEnd]); bEnd++)
        {
            bNumber = unchecked((bNumber * 10) + (b[bEnd].Value - '0'));
        }

        if (aNumber != bNumber)
        {
            return aNumber < bNumber ? -1 : 1;
        }

        if (aEnd != bEnd)
        {
            return aEnd < bEnd ? -1 : 1;
        }

        return a[i].Value < b[i].Value ? -1 : 1;
    }

    private static bool IsAsciiWord(string? value) => value is not null && !value.AsSpan().ContainsAnyExcept(AsciiLetters);

    private static Rune[] Runes(string? value) => value is null ? [] : [.. value.EnumerateRunes()];
}
