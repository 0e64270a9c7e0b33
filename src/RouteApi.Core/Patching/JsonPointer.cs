namespace RouteApi.Core.Patching;

/// <summary>An RFC 6901 JSON pointer split into its unescaped reference tokens.</summary>
internal sealed class JsonPointer
{
    private readonly string[] _tokens;

    private JsonPointer(string text, string[] tokens)
    {
        Text = text;
        _tokens = tokens;
    }

    /// <summary>The pointer as written in the patch.</summary>
    public string Text { get; }

    /// <summary>The reference tokens with <c>~1</c> and <c>~0</c> decoded.</summary>
    public IReadOnlyList<string> Tokens => _tokens;

    /// <summary>True for <c>""</c>, the whole document.</summary>
    public bool IsRoot => _tokens.Length == 0;

    /// <summary>The last reference token: the member name or array index the pointer targets.</summary>
    public string Last => _tokens[^1];

    /// <summary>Parses a pointer; anything but <c>""</c> must start with <c>/</c>.</summary>
    public static bool TryParse(string text, out JsonPointer pointer)
    {
        pointer = new JsonPointer(text, []);
        if (text.Length == 0)
        {
            return true;
        }

        if (text[0] != '/')
        {
            return false;
        }

        // RFC 6901 §4: decode "~1" before "~0", so "~01" stays the literal "~1".
        var tokens = text[1..].Split('/').Select(t => t.Replace("~1", "/", StringComparison.Ordinal)
            .Replace("~0", "~", StringComparison.Ordinal)).ToArray();
        pointer = new JsonPointer(text, tokens);
        return true;
    }

    /// <summary>
    /// True when the token is an RFC 6901 array index: <c>0</c> or digits without a leading zero.
    /// </summary>
    public static bool IsIndexSyntax(string token) =>
        token.Length > 0 && token.All(char.IsAsciiDigit) && (token.Length == 1 || token[0] != '0');

    /// <summary>Parses an array index; an index beyond <see cref="int"/> becomes <see cref="int.MaxValue"/>.</summary>
    public static bool TryParseIndex(string token, out int index)
    {
        index = 0;
        if (!IsIndexSyntax(token))
        {
            return false;
        }

        index = int.TryParse(token, out var parsed) ? parsed : int.MaxValue;
        return true;
    }

    /// <summary>True when both pointers name the same location.</summary>
    public bool SameAs(JsonPointer other) => _tokens.SequenceEqual(other._tokens, StringComparer.Ordinal);

    /// <summary>True when <paramref name="other"/> is a location strictly inside this one.</summary>
    public bool IsProperPrefixOf(JsonPointer other) =>
        _tokens.Length < other._tokens.Length
        && _tokens.SequenceEqual(other._tokens.Take(_tokens.Length), StringComparer.Ordinal);

    /// <inheritdoc/>
    public override string ToString() => Text;
}
