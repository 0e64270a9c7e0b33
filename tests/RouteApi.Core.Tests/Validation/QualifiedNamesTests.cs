namespace RouteApi.Core.Validation.Tests;

public sealed class QualifiedNamesTests
{
    [Theory]
    [InlineData("app")]
    [InlineData("My.Name_1")]
    [InlineData("example.com/app")]
    public void QualifiedNameErrors_WithValidName_IsEmpty(string value)
    {
        Assert.Empty(QualifiedNames.QualifiedNameErrors(value));
    }

    [Fact]
    public void QualifiedNameErrors_WithEmptyPrefix_ReportsPrefix()
    {
        Assert.Equal(["prefix part must be non-empty"], QualifiedNames.QualifiedNameErrors("/app"));
    }

    [Fact]
    public void QualifiedNameErrors_WithInvalidPrefix_ReportsPrefixSubdomainMessage()
    {
        Assert.Equal(["prefix part " + Messages.DnsSubdomain], QualifiedNames.QualifiedNameErrors("Example.com/app"));
    }

    [Fact]
    public void QualifiedNameErrors_WithEmptyName_ReportsEmptyAndRegex()
    {
        Assert.Equal(["name part must be non-empty", Messages.QualifiedNamePart], QualifiedNames.QualifiedNameErrors("example.com/"));
    }

    [Fact]
    public void QualifiedNameErrors_WithLongName_ReportsLength()
    {
        Assert.Equal(["name part must be no more than 63 characters"], QualifiedNames.QualifiedNameErrors(new string('a', 64)));
    }

    [Fact]
    public void QualifiedNameErrors_WithTwoSlashes_ReportsWholeFormat()
    {
        var expected = "a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')";

        Assert.Equal([expected], QualifiedNames.QualifiedNameErrors("a/b/c"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("v1.2_3-x")]
    public void LabelValueErrors_WithValidValue_IsEmpty(string value)
    {
        Assert.Empty(QualifiedNames.LabelValueErrors(value));
    }

    [Fact]
    public void LabelValueErrors_WithSpace_ReportsRegex()
    {
        Assert.Equal([Messages.LabelValue], QualifiedNames.LabelValueErrors("a b"));
    }

    [Fact]
    public void LabelValueErrors_With64Characters_ReportsLength()
    {
        Assert.Equal(["must be no more than 63 characters"], QualifiedNames.LabelValueErrors(new string('a', 64)));
    }
}
