namespace RouteApi.Core.Selectors;

/// <summary>
/// Orders strings as Go's <c>sort.Strings</c> does: by UTF-8 bytes, which is code point order.
/// Plain ordinal UTF-16 comparison differs only for surrogates against U+E000..U+FFFF.
/// </summary>
internal sealed class GoStringComparer : IComparer<string>
{
    public static GoStringComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var length = Math.Min(x.Length, y.Length);
        for (var i = 0; i < length; i++)
        {
            if (x[i] != y[i])
            {
                return Weight(x[i]) - Weight(y[i]);
            }
        }

        return x.Length - y.Length;
    }

    // Moves surrogates above U+E000..U+FFFF so that the order matches code points.
    private static int Weight(char c) => c >= '\uE000' ? c - 0x800 : c >= '\uD800' ? c + 0x2000 : c;
}
