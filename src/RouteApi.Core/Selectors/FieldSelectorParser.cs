using System.Globalization;
using System.Text;

namespace RouteApi.Core.Selectors;

/// <summary>
/// apimachinery's <c>fields.ParseSelector</c>: terms split on unescaped commas and sorted, each split
/// at the first <c>!=</c>, <c>==</c> or <c>=</c>, values unescaped (<c>\\</c>, <c>\,</c>, <c>\=</c>).
/// </summary>
internal static class FieldSelectorParser
{
    public static List<FieldRequirement> Parse(string text)
    {
        var terms = SplitTerms(text);
        terms.Sort(GoStringComparer.Instance);
        var requirements = new List<FieldRequirement>(terms.Count);
        foreach (var term in terms)
        {
            if (term.Length == 0)
            {
                continue;
            }

            var requirement = ParseTerm(text, term);

            // Upstream's parse-time Transform drops a term whose field and value are both empty ("=").
            if (requirement.Field.Length > 0 || requirement.Value.Length > 0)
            {
                requirements.Add(requirement);
            }
        }

        return requirements;
    }

    /// <summary>Escapes <c>\</c>, <c>,</c> and <c>=</c> as <c>fields.EscapeValue</c> does.</summary>
    public static string EscapeValue(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal)
            .Replace("=", "\\=", StringComparison.Ordinal);

    // Escaped commas stay in the term, backslash included; UnescapeValue removes it later.
    private static List<string> SplitTerms(string text)
    {
        var terms = new List<string>();
        var start = 0;
        var inSlash = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (inSlash)
            {
                inSlash = false;
            }
            else if (text[i] == '\\')
            {
                inSlash = true;
            }
            else if (text[i] == ',')
            {
                terms.Add(text[start..i]);
                start = i + 1;
            }
        }

        terms.Add(text[start..]);
        return terms;
    }

    private static FieldRequirement ParseTerm(string selector, string term)
    {
        for (var i = 0; i < term.Length; i++)
        {
            var (op, length) = term.AsSpan(i) switch
            {
                ['!', '=', ..] => (FieldOperator.NotEquals, 2),
                ['=', '=', ..] => (FieldOperator.Equals, 2),
                ['=', ..] => (FieldOperator.Equals, 1),
                _ => (FieldOperator.Equals, 0),
            };
            if (length > 0)
            {
                return new FieldRequirement(term[..i], op, UnescapeValue(term[(i + length)..]));
            }
        }

        throw new SelectorParseException($"invalid selector: '{selector}'; can't understand '{term}'");
    }

    private static string UnescapeValue(string value)
    {
        if (value.AsSpan().IndexOfAny('\\', ',', '=') < 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        var inSlash = false;
        foreach (var rune in value.EnumerateRunes())
        {
            if (inSlash)
            {
                if (rune.Value is not ('\\' or ',' or '='))
                {
                    throw InvalidEscape("\\" + rune);
                }

                builder.Append(rune.ToString());
                inSlash = false;
            }
            else if (rune.Value == '\\')
            {
                inSlash = true;
            }
            else if (rune.Value is ',' or '=')
            {
                throw new SelectorParseException(
                    "invalid field selector: unescaped character in value: " + rune.Value.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(rune.ToString());
            }
        }

        return inSlash ? throw InvalidEscape("\\") : builder.ToString();
    }

    private static SelectorParseException InvalidEscape(string sequence) =>
        new("invalid field selector: invalid escape sequence: " + sequence);
}
