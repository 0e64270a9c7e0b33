namespace RouteApi.Core.Validation.Tests;

public sealed class GoFormatTests
{
    [Fact]
    public void Quote_ReplacementCharacter_IsPrintedAsIs()
    {
        Assert.Equal("\"a\uFFFDb\"", GoFormat.Quote("a\uFFFDb"));
    }

    [Fact]
    public void Quote_LoneSurrogate_IsPrintedAsReplacementCharacter()
    {
        Assert.Equal("\"\uFFFD\"", GoFormat.Quote("\uD800"));
    }

    [Fact]
    public void Quote_ControlCharacters_AreEscaped()
    {
        Assert.Equal("\"\\x00\\n\\u0085\"", GoFormat.Quote("\0\n\u0085"));
    }

    [Theory]
    [InlineData("spec.foo", "\"spec.foo\"")]
    [InlineData("a\"b\\c", "\"a\\\"b\\\\c\"")]
    [InlineData("tab\tnl\ncr\rbell\a", "\"tab\\tnl\\ncr\\rbell\\a\"")]
    [InlineData("\u0001\u007f", "\"\\x01\\x7f\"")]
    [InlineData("\u0085\u00a0\u00ad", "\"\\u0085\\u00a0\\u00ad\"")]
    [InlineData("é✓ü", "\"é✓ü\"")]
    [InlineData("zero\u200bwidth", "\"zero\\u200bwidth\"")]
    [InlineData("\U0001F600", "\"\U0001F600\"")]
    [InlineData("\U000E0001", "\"\\U000e0001\"")]
    [InlineData("", "\"\"")]
    public void Quote_Text_MatchesGoStrconvQuote(string value, string expected)
    {
        Assert.Equal(expected, GoFormat.Quote(value));
    }

    [Fact]
    public void Value_Null_IsQuotedNull()
    {
        Assert.Equal("\"null\"", GoFormat.Value(null));
    }
}
