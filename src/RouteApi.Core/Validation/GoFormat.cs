using System.Globalization;
using System.Text;

namespace RouteApi.Core.Validation;

/// <summary>Formats values the way Go's <c>fmt</c> does in Kubernetes error messages.</summary>
public static class GoFormat
{
    /// <summary>
    /// Renders a bad value as <c>field.Error</c> does: strings with <c>%q</c>, integers and booleans
    /// plainly, <see cref="RawValue"/> verbatim, and null as <c>"null"</c>.
    /// </summary>
    public static string Value(object? value) => value switch
    {
        null => Quote("null"),
        string s => Quote(s),
        bool b => b ? "true" : "false",
        RawValue raw => raw.Text,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>Quotes a string as Go's <c>strconv.Quote</c> does (<c>%q</c>).</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var rune in value.EnumerateRunes())
        {
            AppendRune(builder, rune);
        }

        builder.Append('"');
        return builder.ToString();
    }

    private static void AppendRune(StringBuilder builder, Rune rune)
    {
        switch (rune.Value)
        {
            case '"': builder.Append("\\\""); return;
            case '\\': builder.Append("\\\\"); return;
            case '\a': builder.Append("\\a"); return;
            case '\b': builder.Append("\\b"); return;
            case '\f': builder.Append("\\f"); return;
            case '\n': builder.Append("\\n"); return;
            case '\r': builder.Append("\\r"); return;
            case '\t': builder.Append("\\t"); return;
            case '\v': builder.Append("\\v"); return;
        }

        // U+FFFD is printable and Go prints it as is; a lone surrogate, which Go's JSON decoder
        // would already have turned into U+FFFD, arrives here as U+FFFD too.
        if (IsPrintable(rune))
        {
            builder.Append(rune.ToString());
        }
        else if (rune.Value < 0x80)
        {
            builder.Append(CultureInfo.InvariantCulture, $"\\x{rune.Value:x2}");
        }
        else if (rune.Value < 0x10000)
        {
            builder.Append(CultureInfo.InvariantCulture, $"\\u{rune.Value:x4}");
        }
        else
        {
            builder.Append(CultureInfo.InvariantCulture, $"\\U{rune.Value:x8}");
        }
    }

    /// <summary>Go's <c>unicode.IsPrint</c>: letters, marks, numbers, punctuation, symbols and the ASCII space.</summary>
    internal static bool IsPrintable(Rune rune)
    {
        if (rune.Value == ' ')
        {
            return true;
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator => false,
            _ => true,
        };
    }
}
