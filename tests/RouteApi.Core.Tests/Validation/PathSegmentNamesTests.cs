namespace RouteApi.Core.Validation.Tests;

public sealed class PathSegmentNamesTests
{
    [Theory]
    [InlineData(".", "may not be '.'")]
    [InlineData("..", "may not be '..'")]
    [InlineData("a/b", "may not contain '/'")]
    [InlineData("a%b", "may not contain '%'")]
    public void Errors_WithIllegalName_ReportsRule(string name, string expected)
    {
        Assert.Equal([expected], PathSegmentNames.Errors(name, prefix: false));
    }

    [Fact]
    public void Errors_WithSlashAndPercent_ReportsBoth()
    {
        Assert.Equal(["may not contain '/'", "may not contain '%'"], PathSegmentNames.Errors("a/%", prefix: false));
    }

    [Fact]
    public void Errors_PrefixOfDots_IsAccepted()
    {
        Assert.Empty(PathSegmentNames.Errors("..", prefix: true));
    }

    [Fact]
    public void Errors_WithPlainName_IsEmpty()
    {
        Assert.Empty(PathSegmentNames.Errors("route-1", prefix: false));
    }
}
