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

    [Fact]
    public void Value_Null_IsQuotedNull()
    {
        Assert.Equal("\"null\"", GoFormat.Value(null));
    }
}
