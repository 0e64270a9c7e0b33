using System.Text;

namespace RouteApi.Formats.Golden.Tests;

/// <summary>A small line diff (longest common subsequence) with three lines of context.</summary>
internal static class TextDiff
{
    private const int Context = 3;

    public static string Lines(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        if ((long)a.Length * b.Length > 4_000_000)
        {
            return "(too large to diff)";
        }

        var edits = Edits(a, b);
        var changed = edits.Select((e, i) => (e, i)).Where(x => x.e.Kind != ' ').Select(x => x.i).ToHashSet();
        var text = new StringBuilder();
        var skipped = false;
        for (var i = 0; i < edits.Count; i++)
        {
            var near = Enumerable.Range(i - Context, (2 * Context) + 1).Any(changed.Contains);
            if (!near)
            {
                skipped = true;
                continue;
            }

            if (skipped)
            {
                text.Append("  ...\n");
                skipped = false;
            }

            text.Append(edits[i].Kind).Append(' ').Append(edits[i].Line).Append('\n');
        }

        return text.ToString();
    }

    private static List<(char Kind, string Line)> Edits(string[] a, string[] b)
    {
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var edits = new List<(char, string)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                edits.Add((' ', a[x++]));
                y++;
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                edits.Add(('+', b[y++]));
            }
            else
            {
                edits.Add(('-', a[x++]));
            }
        }

        return edits;
    }
}
