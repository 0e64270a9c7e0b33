namespace RouteApi.Core.ManagedFields;

/// <summary>
/// Orders encoded path elements as structured-merge-diff does: field names, then keys, then
/// values, then indexes, each ordinally (indexes numerically).
/// </summary>
internal sealed class PathElementComparer : IComparer<string>
{
    public static PathElementComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return string.CompareOrdinal(x, y);
        }

        var byKind = Rank(x).CompareTo(Rank(y));
        if (byKind != 0)
        {
            return byKind;
        }

        if (x.StartsWith("i:", StringComparison.Ordinal) && int.TryParse(x.AsSpan(2), out var a) && int.TryParse(y.AsSpan(2), out var b))
        {
            return a.CompareTo(b);
        }

        return string.CompareOrdinal(x, y);
    }

    private static int Rank(string element) => element.Length == 0 ? 4 : element[0] switch
    {
        'f' => 0,
        'k' => 1,
        'v' => 2,
        'i' => 3,
        _ => 4,
    };
}
