namespace RouteApi.Core.Selectors.Tests;

public sealed class LabelSelectorTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" \t\r\n")]
    public void Parse_NullOrBlank_ReturnsEverything(string? text)
    {
        var selector = LabelSelector.Parse(text);

        Assert.Same(LabelSelector.Everything, selector);
        Assert.True(selector.IsEmpty);
    }

    [Fact]
    public void Everything_WithNullLabels_Matches()
    {
        Assert.True(LabelSelector.Everything.Matches(null));
    }

    [Theory]
    [InlineData("app=web", "app=web")]
    [InlineData("app==web", "app==web")]
    [InlineData("app!=web", "app!=web")]
    [InlineData("app in (web)", "app in (web)")]
    [InlineData("app notin (web)", "app notin (web)")]
    [InlineData("app", "app")]
    [InlineData("!app", "!app")]
    [InlineData("n>5", "n>5")]
    [InlineData("n<5", "n<5")]
    public void Parse_EachOperator_RoundTripsThroughToString(string text, string expected)
    {
        var selector = LabelSelector.Parse(text);

        Assert.False(selector.IsEmpty);
        Assert.Equal(expected, selector.ToString());
    }

    [Theory]
    [InlineData("b=2,a in (y,x)", "a in (x,y),b=2")]
    [InlineData("x in (b,a,b)", "x in (a,b)")]
    [InlineData("x in (a,,b)", "x in (,a,b)")]
    [InlineData("x in (,a)", "x in (,a)")]
    [InlineData("x in (a,)", "x in (,a)")]
    [InlineData("x in ()", "x in ()")]
    [InlineData("x=", "x=")]
    [InlineData("x=,y", "x=,y")]
    public void Parse_Selector_ToStringIsCanonical(string text, string expected)
    {
        Assert.Equal(expected, LabelSelector.Parse(text).ToString());
    }

    [Theory]
    [InlineData("  app = web ,  tier  ")]
    [InlineData("app=web,tier")]
    [InlineData("\tapp\t=\tweb\r\n,\ntier")]
    public void Parse_WithWhitespaceBetweenTokens_IgnoresIt(string text)
    {
        Assert.Equal("app=web,tier", LabelSelector.Parse(text).ToString());
    }

    [Theory]
    [InlineData("in in (in)", "in in (in)")]
    [InlineData("notin notin (notin,in)", "notin notin (in,notin)")]
    [InlineData("x=in", "x=in")]
    public void Parse_KeywordsInKeyOrValuePosition_AreIdentifiers(string text, string expected)
    {
        Assert.Equal(expected, LabelSelector.Parse(text).ToString());
    }

    [Fact]
    public void Parse_PrefixedKey_IsAccepted()
    {
        Assert.Equal("example.com/app=web", LabelSelector.Parse("example.com/app=web").ToString());
    }

    [Fact]
    public void Parse_NulCharacter_EndsTheTokenAndIsSkippedAsUpstream()
    {
        Assert.Equal("x=y", LabelSelector.Parse("x=\0y").ToString());
    }

    [Fact]
    public void Parse_NulAtTokenStart_EndsTheSelector()
    {
        Assert.Same(LabelSelector.Everything, LabelSelector.Parse("\0app"));
    }
}
