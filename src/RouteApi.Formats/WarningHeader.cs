using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace RouteApi.Formats;

/// <summary>
/// RFC 7234 <c>Warning</c> response header values as kube-apiserver writes them
/// (apimachinery <c>pkg/util/net/http.go</c> <c>NewWarningHeader</c>; apiserver
/// <c>pkg/endpoints/filters/warning.go</c>): <c>299 - "unknown field \"spec.foo\""</c>, one header
/// value per warning. Free of any HTTP type: the server adds each returned value as its own
/// <c>Warning</c> header.
/// </summary>
public static class WarningHeader
{
    /// <summary>The response header name.</summary>
    public const string HeaderName = "Warning";

    /// <summary>The warn-code kube uses for every warning: 299, "miscellaneous persistent warning".</summary>
    public const int MiscellaneousPersistentWarning = 299;

    /// <summary>Once the warning texts of a response pass this many runes, every text is truncated.</summary>
    public const int TruncateAtTotalRunes = 4 * 1024;

    /// <summary>The runes kept of each text once truncation has started.</summary>
    public const int TruncateItemRunes = 256;

    /// <summary>
    /// Formats the values of the <c>Warning</c> headers for <paramref name="texts"/>, added in order,
    /// exactly as kube-apiserver's per-request warning recorder does: empty and repeated texts are
    /// dropped; texts that are not valid UTF-16 or that contain control characters are dropped; while
    /// the texts written stay within <see cref="TruncateAtTotalRunes"/> runes each is written whole;
    /// the text that would pass that limit switches to truncation, after which every text (those
    /// already written included) is cut to <see cref="TruncateItemRunes"/> runes, and texts are added
    /// only while fewer than <see cref="TruncateAtTotalRunes"/> runes have been written.
    /// </summary>
    public static IReadOnlyList<string> FormatAll(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var recorded = new HashSet<string>(StringComparer.Ordinal);
        var ordered = new List<string>();
        var headers = new List<string>();
        var written = 0;
        var truncating = false;
        foreach (var text in texts)
        {
            if (string.IsNullOrEmpty(text) || (truncating && written >= TruncateAtTotalRunes) || !recorded.Add(text))
            {
                continue;
            }

            ordered.Add(text);
            var (item, runes) = truncating ? Truncate(text) : (text, CountRunes(text));
            if (!TryFormat(item, out var header))
            {
                continue;
            }

            if (truncating || written + runes <= TruncateAtTotalRunes)
            {
                written += runes;
                headers.Add(header);
                continue;
            }

            // Over the limit for the first time: start again, replaying every text so far truncated.
            truncating = true;
            written = 0;
            headers.Clear();
            foreach (var earlier in ordered)
            {
                var (cut, cutRunes) = Truncate(earlier);
                if (TryFormat(cut, out var replayed))
                {
                    written += cutRunes;
                    headers.Add(replayed);
                }
            }
        }

        return headers;
    }

    /// <summary>Formats one warning with code 299 and agent <c>-</c>: <c>299 - "text"</c>.</summary>
    /// <returns><see langword="false"/> when the text is not valid UTF-16 or contains a control character.</returns>
    public static bool TryFormat(string text, [NotNullWhen(true)] out string? value) =>
        TryFormat(MiscellaneousPersistentWarning, string.Empty, text, out value);

    /// <summary>
    /// Formats one warning as <c>NNN agent "text"</c>: the code on three digits, <c>-</c> for an empty
    /// agent, and the text quoted with only <c>"</c> and <c>\</c> escaped (non-ASCII is kept as is).
    /// </summary>
    /// <returns>
    /// <see langword="false"/> when the code is outside 0–999, the agent holds a space, quote,
    /// backslash or control character, or either string is not valid UTF-16 or the text holds a
    /// control character.
    /// </returns>
    public static bool TryFormat(int code, string agent, string text, [NotNullWhen(true)] out string? value)
    {
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(text);
        value = null;
        if (code is < 0 or > 999 || !IsValid(agent, isAgent: true) || !IsValid(text, isAgent: false))
        {
            return false;
        }

        var builder = new StringBuilder(text.Length + 16)
            .Append(code.ToString("D3", CultureInfo.InvariantCulture))
            .Append(' ')
            .Append(agent.Length == 0 ? "-" : agent)
            .Append(" \"");
        foreach (var c in text)
        {
            if (c is '"' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        value = builder.Append('"').ToString();
        return true;
    }

    // Go checks utf8.ValidString and unicode.IsControl (plus unicode.IsSpace, '"' and '\' for the
    // agent); a lone surrogate is .NET's counterpart of invalid UTF-8.
    private static bool IsValid(ReadOnlySpan<char> value, bool isAgent)
    {
        while (!value.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(value, out var rune, out var consumed) != OperationStatus.Done
                || Rune.IsControl(rune)
                || (isAgent && (Rune.IsWhiteSpace(rune) || rune.Value is '"' or '\\')))
            {
                return false;
            }

            value = value[consumed..];
        }

        return true;
    }

    private static int CountRunes(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    // Go cuts with string([]rune(text)[:256]), which also turns invalid sequences into U+FFFD;
    // EnumerateRunes does the same for lone surrogates.
    private static (string Text, int Runes) Truncate(string text)
    {
        var runes = CountRunes(text);
        if (runes <= TruncateItemRunes)
        {
            return (text, runes);
        }

        var builder = new StringBuilder(TruncateItemRunes * 2);
        var count = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (count++ == TruncateItemRunes)
            {
                break;
            }

            builder.Append(rune.ToString());
        }

        return (builder.ToString(), TruncateItemRunes);
    }
}
