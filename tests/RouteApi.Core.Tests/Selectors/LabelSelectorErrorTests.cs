namespace RouteApi.Core.Selectors.Tests;

public sealed class LabelSelectorErrorTests
{
    private const string LabelValueRule =
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

    private const string NamePartRule =
        "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

    [Theory]
    [InlineData(",x", "found ',', expected: !, identifier, or 'end of string'")]
    [InlineData("=x", "found '=', expected: !, identifier, or 'end of string'")]
    [InlineData("x,,y", "found ',', expected: identifier after ','")]
    [InlineData("x,", "found '', expected: identifier after ','")]
    [InlineData("x, \0y", "found '', expected: identifier after ','")]
    [InlineData("x=a b", "found 'b', expected: ',' or 'end of string'")]
    [InlineData("x=a)", "found ')', expected: ',' or 'end of string'")]
    [InlineData("!x=a", "found '=', expected: ',' or 'end of string'")]
    public void Parse_SyntaxErrorBetweenRequirements_ThrowsUnprefixedText(string text, string expected)
    {
        AssertError(text, expected);
    }

    [Theory]
    [InlineData("x y", "found 'y', expected: in, notin, =, ==, !=, gt, lt")]
    [InlineData("x <= 1", "found '=', expected: identifier")]
    [InlineData("!", "found '', expected: identifier")]
    [InlineData("!,", "found ',', expected: identifier")]
    [InlineData("!!x", "found '!', expected: identifier")]
    [InlineData("x in", "found '' expected: '('")]
    [InlineData("x in a", "found 'a' expected: '('")]
    [InlineData("x in (a", "found '', expected: ',' or ')'")]
    [InlineData("x in (a b)", "found 'b', expected: ',' or ')'")]
    [InlineData("x in (=", "found '=', expected: ',', ')' or identifier")]
    [InlineData("x in (a,=)", "found '=', expected: ',', or identifier")]
    [InlineData("x in (a,", "found '', expected: ',', or identifier")]
    [InlineData("x=(", "found '(', expected: identifier")]
    [InlineData("x==!", "found '!', expected: identifier")]
    public void Parse_SyntaxErrorInsideRequirement_ThrowsPrefixedText(string text, string expected)
    {
        AssertError(text, "unable to parse requirement: " + expected);
    }

    [Theory]
    [InlineData("x>abc", "values[0]: Invalid value: \"abc\": for 'Gt', 'Lt' operators, the value must be an integer")]
    [InlineData("x>", "values[0]: Invalid value: \"\": for 'Gt', 'Lt' operators, the value must be an integer")]
    [InlineData("x<1.5", "values[0]: Invalid value: \"1.5\": for 'Gt', 'Lt' operators, the value must be an integer")]
    [InlineData("x<99999999999999999999", "values[0]: Invalid value: \"99999999999999999999\": for 'Gt', 'Lt' operators, the value must be an integer")]
    public void Parse_NonIntegerComparison_ThrowsIntegerError(string text, string expected)
    {
        AssertError(text, "unable to parse requirement: " + expected);
    }

    [Fact]
    public void Parse_NegativeComparisonValue_FailsLabelValueRule()
    {
        AssertError("n>-1", "unable to parse requirement: values[0][n]: Invalid value: \"-1\": " + LabelValueRule);
    }

    [Fact]
    public void Parse_InvalidValue_ThrowsLabelValueError()
    {
        AssertError("app=a$b", "unable to parse requirement: values[0][app]: Invalid value: \"a$b\": " + LabelValueRule);
    }

    [Fact]
    public void Parse_ValueLongerThan63Bytes_ThrowsLengthError()
    {
        var value = new string('z', 64);

        AssertError("good-key=" + value, $"unable to parse requirement: values[0][good-key]: Invalid value: \"{value}\": must be no more than 63 characters");
    }

    [Fact]
    public void Parse_ValueTooLongAndInvalid_JoinsBothWithSemicolon()
    {
        var value = new string('z', 63) + "$";

        AssertError("k=" + value, $"unable to parse requirement: values[0][k]: Invalid value: \"{value}\": must be no more than 63 characters; " + LabelValueRule);
    }

    [Fact]
    public void Parse_SeveralInvalidSetValues_AggregatesInSortedOrder()
    {
        AssertError("x in (b$,a$)", "unable to parse requirement: ["
            + "values[0][x]: Invalid value: \"a$\": " + LabelValueRule + ", "
            + "values[1][x]: Invalid value: \"b$\": " + LabelValueRule + "]");
    }

    [Fact]
    public void Parse_NonIntegerInvalidComparisonValue_AggregatesBothErrors()
    {
        AssertError("x>a$", "unable to parse requirement: ["
            + "values[0]: Invalid value: \"a$\": for 'Gt', 'Lt' operators, the value must be an integer, "
            + "values[0][x]: Invalid value: \"a$\": " + LabelValueRule + "]");
    }

    [Theory]
    [InlineData("*bar", NamePartRule)]
    [InlineData("-app=x", NamePartRule)]
    [InlineData("a/", "name part must be non-empty; " + NamePartRule)]
    [InlineData("/a", "prefix part must be non-empty")]
    [InlineData("/", "prefix part must be non-empty; name part must be non-empty; " + NamePartRule)]
    [InlineData("app.kubernetes_io/name=x", "prefix part a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')")]
    [InlineData("a/b/c ?=? def", "a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')")]
    public void Parse_InvalidKey_ThrowsNilPathKeyError(string text, string expected)
    {
        var key = text.Split('=', ' ')[0];

        AssertError(text, $"unable to parse requirement: <nil>: Invalid value: \"{key}\": {expected}");
    }

    [Fact]
    public void Parse_KeyNameLongerThan63Bytes_ThrowsLengthError()
    {
        var key = new string('k', 64);

        AssertError(key, $"unable to parse requirement: <nil>: Invalid value: \"{key}\": name part must be no more than 63 characters");
    }

    [Fact]
    public void Parse_PrefixLongerThan253Bytes_ThrowsLengthError()
    {
        var key = string.Join(".", Enumerable.Repeat(new string('a', 63), 4)) + "/k";

        AssertError(key, $"unable to parse requirement: <nil>: Invalid value: \"{key}\": prefix part must be no more than 253 characters");
    }

    private static void AssertError(string text, string expected)
    {
        var error = Assert.Throws<SelectorParseException>(() => LabelSelector.Parse(text));

        Assert.Equal(expected, error.Message);
    }
}
