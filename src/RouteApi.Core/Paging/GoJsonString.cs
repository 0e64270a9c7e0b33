using System.Buffers;
using System.Globalization;
using System.Text;

namespace RouteApi.Core.Paging;

/// <summary>
/// JSON string encoding and decoding with Go's <c>encoding/json</c> rules, so tokens are byte-for-byte
/// what kube-apiserver produces and odd input decodes as it would there: HTML characters and U+2028/9
/// escaped, invalid UTF-8 and unpaired surrogates read as U+FFFD.
/// </summary>
internal static class GoJsonString
{
    private const string Hex = "0123456789abcdef";

    /// <summary>Appends <paramref name="value"/> as a quoted JSON string, as <c>json.Marshal</c> does.</summary>
    public static void Append(StringBuilder builder, string value)
    {
        builder.Append('"');
        var i = 0;
        while (i < value.Length)
        {
            // An unpaired surrogate is what Go sees as invalid UTF-8, which it writes as \ufffd.
            var status = Rune.DecodeFromUtf16(value.AsSpan(i), out var rune, out var consumed);
            i += consumed;
            if (status != OperationStatus.Done)
            {
                builder.Append("\\ufffd");
                continue;
            }

            AppendRune(builder, rune);
        }

        builder.Append('"');
    }

    /// <summary>Decodes the raw bytes between the quotes of a well-formed JSON string.</summary>
    public static string Unquote(ReadOnlySpan<byte> raw)
    {
        var builder = new StringBuilder(raw.Length);
        var i = 0;
        while (i < raw.Length)
        {
            if (raw[i] == '\\')
            {
                i += AppendEscape(builder, raw[i..]);
                continue;
            }

            // Go takes one byte of an invalid sequence at a time, each becoming U+FFFD.
            var status = Rune.DecodeFromUtf8(raw[i..], out var rune, out var consumed);
            builder.Append(status == OperationStatus.Done ? rune.ToString() : "\uFFFD");
            i += status == OperationStatus.Done ? consumed : 1;
        }

        return builder.ToString();
    }

    private static void AppendRune(StringBuilder builder, Rune rune)
    {
        switch (rune.Value)
        {
            case '"' or '\\': builder.Append('\\').Append((char)rune.Value); break;
            case '\b': builder.Append("\\b"); break;
            case '\f': builder.Append("\\f"); break;
            case '\n': builder.Append("\\n"); break;
            case '\r': builder.Append("\\r"); break;
            case '\t': builder.Append("\\t"); break;
            case < 0x20 or '<' or '>' or '&' or 0x2028 or 0x2029:
                builder.Append("\\u").Append(((uint)rune.Value).ToString("x4", CultureInfo.InvariantCulture));
                break;
            default: builder.Append(rune.ToString()); break;
        }
    }

    private static int AppendEscape(StringBuilder builder, ReadOnlySpan<byte> escape)
    {
        if (escape[1] != 'u')
        {
            builder.Append(escape[1] switch
            {
                (byte)'b' => '\b',
                (byte)'f' => '\f',
                (byte)'n' => '\n',
                (byte)'r' => '\r',
                (byte)'t' => '\t',
                var other => (char)other,
            });
            return 2;
        }

        var first = ParseHex(escape.Slice(2, 4));
        if (char.IsHighSurrogate((char)first) && escape.Length >= 12 && escape[6] == '\\' && escape[7] == 'u')
        {
            var second = ParseHex(escape.Slice(8, 4));
            if (char.IsLowSurrogate((char)second))
            {
                builder.Append((char)first).Append((char)second);
                return 12;
            }
        }

        builder.Append(char.IsSurrogate((char)first) ? '\uFFFD' : (char)first);
        return 6;
    }

    private static int ParseHex(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        foreach (var digit in digits)
        {
            value = (value << 4) | Hex.IndexOf(char.ToLowerInvariant((char)digit), StringComparison.Ordinal);
        }

        return value;
    }
}
