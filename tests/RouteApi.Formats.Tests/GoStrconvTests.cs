namespace RouteApi.Formats.Tests;

public sealed class GoStrconvTests
{
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
        var quoted = GoStrconv.Quote(value);

        Assert.Equal(expected, quoted);
    }

    [Fact]
    public void Quote_LoneSurrogate_IsWrittenAsReplacementEscape()
    {
        var quoted = GoStrconv.Quote("a\ud800b");

        Assert.Equal("\"a\\ufffdb\"", quoted);
    }
}
