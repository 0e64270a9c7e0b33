namespace RouteApi.Core.Selectors;

/// <summary>
/// Splits a label selector into tokens exactly as apimachinery's <c>labels.Lexer</c> does, including
/// its treatment of NUL as an end marker: a NUL ends the current token and is skipped.
/// </summary>
internal static class LabelSelectorLexer
{
    public static List<LabelToken> Scan(string text)
    {
        var tokens = new List<LabelToken>();
        var position = 0;
        LabelToken token;
        do
        {
            token = Next(text, ref position);
            tokens.Add(token);
        }
        while (token.Kind != LabelTokenKind.EndOfString);

        return tokens;
    }

    private static LabelToken Next(string text, ref int position)
    {
        var ch = Read(text, ref position);
        while (IsWhitespace(ch))
        {
            ch = Read(text, ref position);
        }

        if (ch == '\0')
        {
            return new LabelToken(LabelTokenKind.EndOfString, string.Empty);
        }

        position--;
        return IsSpecialSymbol(ch) ? ScanSpecialSymbol(text, ref position) : ScanIdentifierOrKeyword(text, ref position);
    }

    private static LabelToken ScanIdentifierOrKeyword(string text, ref int position)
    {
        var start = position;
        while (position < text.Length && !IsSpecialSymbol(text[position]) && !IsWhitespace(text[position]) && text[position] != '\0')
        {
            position++;
        }

        var literal = text[start..position];
        SkipNul(text, ref position);
        var kind = literal switch
        {
            "in" => LabelTokenKind.In,
            "notin" => LabelTokenKind.NotIn,
            _ => LabelTokenKind.Identifier,
        };
        return new LabelToken(kind, literal);
    }

    // Every special symbol is a token on its own; '!' and '=' may be followed by '=' to form "!=" and "==".
    private static LabelToken ScanSpecialSymbol(string text, ref int position)
    {
        var first = text[position++];
        if ((first == '!' || first == '=') && position < text.Length && text[position] == '=')
        {
            position++;
            SkipNul(text, ref position);
            return first == '!'
                ? new LabelToken(LabelTokenKind.NotEquals, "!=")
                : new LabelToken(LabelTokenKind.DoubleEquals, "==");
        }

        SkipNul(text, ref position);
        var kind = first switch
        {
            '!' => LabelTokenKind.DoesNotExist,
            '=' => LabelTokenKind.Equals,
            '(' => LabelTokenKind.OpenPar,
            ')' => LabelTokenKind.ClosedPar,
            ',' => LabelTokenKind.Comma,
            '>' => LabelTokenKind.GreaterThan,
            _ => LabelTokenKind.LessThan,
        };
        return new LabelToken(kind, first.ToString());
    }

    // apimachinery reads NUL as "no more input" and consumes it, so a NUL right after a token vanishes.
    private static void SkipNul(string text, ref int position)
    {
        if (position < text.Length && text[position] == '\0')
        {
            position++;
        }
    }

    private static char Read(string text, ref int position) => position < text.Length ? text[position++] : '\0';

    private static bool IsWhitespace(char ch) => ch is ' ' or '\t' or '\r' or '\n';

    private static bool IsSpecialSymbol(char ch) => ch is '=' or '!' or '(' or ')' or ',' or '>' or '<';
}
