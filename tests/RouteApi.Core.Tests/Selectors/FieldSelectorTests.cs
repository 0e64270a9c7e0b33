namespace RouteApi.Core.Selectors.Tests;

public sealed class FieldSelectorTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(",")]
    [InlineData(",,")]
    [InlineData("=")]
    [InlineData("==,!=")]
    public void Parse_NothingToSelect_ReturnsEverything(string? text)
    {
        var selector = FieldSelector.Parse(text);

        Assert.Same(FieldSelector.Everything, selector);
        Assert.True(selector.IsEmpty);
    }

    [Theory]
    [InlineData("metadata.name=web", "metadata.name", FieldOperator.Equals, "web")]
    [InlineData("metadata.name==web", "metadata.name", FieldOperator.Equals, "web")]
    [InlineData("metadata.name!=web", "metadata.name", FieldOperator.NotEquals, "web")]
    [InlineData("spec.host=", "spec.host", FieldOperator.Equals, "")]
    [InlineData("a=!b", "a", FieldOperator.Equals, "!b")]
    [InlineData("=x", "", FieldOperator.Equals, "x")]
    [InlineData(" a = b ", " a ", FieldOperator.Equals, " b ")]
    public void Parse_SingleTerm_SplitsAtFirstOperator(string text, string field, FieldOperator op, string value)
    {
        var requirement = Assert.Single(FieldSelector.Parse(text).Requirements);

        Assert.Equal(new FieldRequirement(field, op, value), requirement);
    }

    [Fact]
    public void Parse_SeveralTerms_AreSortedByText()
    {
        var selector = FieldSelector.Parse("spec.host!=x,metadata.name=a");

        Assert.Equal(
            [new("metadata.name", FieldOperator.Equals, "a"), new("spec.host", FieldOperator.NotEquals, "x")],
            selector.Requirements);
    }

    [Theory]
    [InlineData(@"a=x\,y", "x,y")]
    [InlineData(@"a=x\=y", "x=y")]
    [InlineData(@"a=x\\y", @"x\y")]
    [InlineData(@"a=\\\,\=", @"\,=")]
    [InlineData(@"a=\\", @"\")]
    public void Parse_EscapedValue_IsUnescaped(string text, string expected)
    {
        var requirement = Assert.Single(FieldSelector.Parse(text).Requirements);

        Assert.Equal(expected, requirement.Value);
    }

    [Fact]
    public void Parse_EscapedComma_DoesNotSplitTerms()
    {
        var selector = FieldSelector.Parse(@"a=1\,b\=2");

        Assert.Equal("1,b=2", Assert.Single(selector.Requirements).Value);
    }

    [Theory]
    [InlineData("b=2,a==1", "a=1,b=2")]
    [InlineData("a!=1", "a!=1")]
    [InlineData(@"a=x\,y\=z\\w", @"a=x\,y\=z\\w")]
    public void ToString_Selector_PrintsCanonicalEscapedTerms(string text, string expected)
    {
        Assert.Equal(expected, FieldSelector.Parse(text).ToString());
    }

    [Theory]
    [InlineData("metadata.name=web", "web", true)]
    [InlineData("metadata.name=web", "db", false)]
    [InlineData("metadata.name!=web", "db", true)]
    [InlineData("metadata.name!=web", "web", false)]
    [InlineData("metadata.name=", "", true)]
    [InlineData("metadata.name==web,metadata.name!=db", "web", true)]
    [InlineData("metadata.name=web,metadata.name=db", "web", false)]
    public void Matches_Terms_CompareStrings(string text, string name, bool expected)
    {
        var selector = FieldSelector.Parse(text);

        Assert.Equal(expected, selector.Matches(field => field == "metadata.name" ? name : string.Empty));
    }

    [Fact]
    public void Matches_MissingField_ComparesAsEmpty()
    {
        var selector = FieldSelector.Parse("spec.foo=,spec.bar!=x");

        Assert.True(selector.Matches(_ => string.Empty));
    }

    [Theory]
    [InlineData("metadata.name=web", true, "web")]
    [InlineData("metadata.name==web", true, "web")]
    [InlineData("metadata.name!=web", false, "")]
    [InlineData("metadata.name!=a,metadata.name=b", true, "b")]
    [InlineData("metadata.namespace=web", false, "")]
    [InlineData("", false, "")]
    public void TryGetRequiredValue_Selector_FindsFirstEqualityTerm(string text, bool expected, string expectedValue)
    {
        var found = FieldSelector.Parse(text).TryGetRequiredValue("metadata.name", out var value);

        Assert.Equal(expected, found);
        Assert.Equal(expectedValue, value);
    }

    [Theory]
    [InlineData("abc", "invalid selector: 'abc'; can't understand 'abc'")]
    [InlineData(" ", "invalid selector: ' '; can't understand ' '")]
    [InlineData("a=b,zzz", "invalid selector: 'a=b,zzz'; can't understand 'zzz'")]
    [InlineData("zzz,aaa", "invalid selector: 'zzz,aaa'; can't understand 'aaa'")]
    [InlineData("a!b", "invalid selector: 'a!b'; can't understand 'a!b'")]
    [InlineData(@"a=\x", @"invalid field selector: invalid escape sequence: \x")]
    [InlineData(@"a=b\", @"invalid field selector: invalid escape sequence: \")]
    [InlineData(@"a=\é", @"invalid field selector: invalid escape sequence: \é")]
    [InlineData("a=b=c", "invalid field selector: unescaped character in value: 61")]
    [InlineData(@"a=1\,b=2", "invalid field selector: unescaped character in value: 61")]
    [InlineData("a===b", "invalid field selector: unescaped character in value: 61")]
    [InlineData("a!==b", "invalid field selector: unescaped character in value: 61")]
    public void Parse_Malformed_ThrowsKubernetesText(string text, string expected)
    {
        var error = Assert.Throws<SelectorParseException>(() => FieldSelector.Parse(text));

        Assert.Equal(expected, error.Message);
    }
}
