namespace RouteApi.Storage.Sqlite.Tests;

public sealed class KeyRangeTests
{
    [Theory]
    [InlineData("/a/", "/a0")]
    [InlineData("a\U0010FFFF", "b")]
    [InlineData("a\uD7FF", "a\uE000")]
    [InlineData("a\uFFFF", "a\U00010000")]
    public void PrefixEnd_OfPrefix_IsNextCodePoint(string prefix, string end)
    {
        var actual = KeyRange.PrefixEnd(prefix);

        Assert.Equal(end, actual);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\U0010FFFF")]
    public void PrefixEnd_WithNothingAbove_IsNull(string prefix)
    {
        var actual = KeyRange.PrefixEnd(prefix);

        Assert.Null(actual);
    }
}
