using System.Buffers;
using System.Globalization;
using System.Text;

namespace RouteApi.Formats;

/// <summary>Go's <c>strconv.Quote</c>, for messages that upstream builds with <c>%q</c> or <c>strconv.Quote</c>.</summary>
internal static class GoStrconv
{
    private const string HexDigits = "0123456789abcdef";

    /// <summary>
    /// Returns <paramref name="value"/> in double quotes with <c>"</c> and <c>\</c> escaped, printable
    /// characters (Go's <c>strconv.IsPrint</c>: letters, marks, numbers, punctuation, symbols and the
    /// ASCII space) kept as they are, and everything else escaped as <c>\n</c>, <c>\x01</c>,
    /// <c>\u00a0</c> or <c>\U000e0001</c>. A lone surrogate, which has no UTF-8 form, is written as
    /// <c>\ufffd</c>.
    /// </summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        var rest = value.AsSpan();
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(rest, out var rune, out var consumed) != OperationStatus.Done)
            {
                builder.Append("\\ufffd");
            }
            else
            {
                AppendEscaped(builder, rune);
            }

            rest = rest[consumed..];
        }

        return builder.Append('"').ToString();
    }

    /// <summary>Go's <c>strconv.IsPrint</c>.</summary>
    public static bool IsPrint(Rune rune)
    {
        var value = rune.Value;
        if (value <= 0xFF)
        {
            return value is >= 0x20 and <= 0x7E || (value is >= 0xA1 and <= 0xFF && value != 0xAD);
        }

        var category = Rune.GetUnicodeCategory(rune);
        return category <= UnicodeCategory.OtherNumber
            || category is >= UnicodeCategory.ConnectorPunctuation and <= UnicodeCategory.OtherSymbol;
    }

    private static void AppendEscaped(StringBuilder builder, Rune rune)
    {
        var value = rune.Value;
        if (value is '"' or '\\')
        {
            builder.Append('\\').Append((char)value);
            return;
        }

        if (IsPrint(rune))
        {
            builder.Append(rune.ToString());
            return;
        }

        var escape = value switch
        {
            '\a' => "\\a",
            '\b' => "\\b",
            '\f' => "\\f",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            '\v' => "\\v",
            < ' ' or 0x7F => "\\x" + Hex(value, 2),
            < 0x10000 => "\\u" + Hex(value, 4),
            _ => "\\U" + Hex(value, 8),
        };
        builder.Append(escape);
    }

    private static string Hex(int value, int digits) =>
        string.Create(digits, value, static (span, v) =>
        {
            for (var i = span.Length - 1; i >= 0; i--, v >>= 4)
            {
                span[i] = HexDigits[v & 0xF];
            }
        });
}
