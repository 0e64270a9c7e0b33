namespace RouteApi.Core.Validation.Tests;

public sealed class DnsNamesTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("my-name")]
    [InlineData("123-abc")]
    public void IsDns1123Label_WithValidLabel_IsTrue(string value)
    {
        Assert.True(DnsNames.IsDns1123Label(value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-a")]
    [InlineData("a-")]
    [InlineData("A")]
    [InlineData("a.b")]
    [InlineData("a_b")]
    [InlineData("a\n")]
    public void IsDns1123Label_WithInvalidLabel_IsFalse(string value)
    {
        Assert.False(DnsNames.IsDns1123Label(value));
    }

    [Fact]
    public void Dns1123LabelErrors_With64Characters_ReportsLengthOnly()
    {
        var errors = DnsNames.Dns1123LabelErrors(new string('a', 64));

        Assert.Equal(["must be no more than 63 characters"], errors);
    }

    [Fact]
    public void Dns1123LabelErrors_WithUppercase_ReportsRegexMessage()
    {
        var errors = DnsNames.Dns1123LabelErrors("A");

        Assert.Equal([Messages.DnsLabel], errors);
    }

    [Fact]
    public void Dns1123LabelErrors_WithMultiByteCharacters_CountsBytes()
    {
        var errors = DnsNames.Dns1123LabelErrors(new string('é', 32));

        Assert.Equal(["must be no more than 63 characters", Messages.DnsLabel], errors);
    }

    [Theory]
    [InlineData("example.com")]
    [InlineData("a")]
    [InlineData("a.b-c.d")]
    public void IsDns1123Subdomain_WithValidName_IsTrue(string value)
    {
        Assert.True(DnsNames.IsDns1123Subdomain(value));
    }

    [Theory]
    [InlineData("example.com.")]
    [InlineData(".example.com")]
    [InlineData("a..b")]
    [InlineData("*.example.com")]
    [InlineData("Example.com")]
    public void IsDns1123Subdomain_WithInvalidName_IsFalse(string value)
    {
        Assert.False(DnsNames.IsDns1123Subdomain(value));
    }

    [Fact]
    public void Dns1123SubdomainErrors_With254Characters_ReportsLength()
    {
        var errors = DnsNames.Dns1123SubdomainErrors(new string('a', 254));

        Assert.Equal(["must be no more than 253 characters"], errors);
    }

    [Fact]
    public void SubdomainNameErrors_PrefixEndingInDash_IsAccepted()
    {
        Assert.Empty(DnsNames.SubdomainNameErrors("my-route-", prefix: true));
    }

    [Fact]
    public void SubdomainNameErrors_NameEndingInDash_IsRejected()
    {
        Assert.Equal([Messages.DnsSubdomain], DnsNames.SubdomainNameErrors("my-route-", prefix: false));
    }

    [Fact]
    public void NamespaceNameErrors_WithDots_IsRejected()
    {
        Assert.Equal([Messages.DnsLabel], DnsNames.NamespaceNameErrors("a.b", prefix: false));
    }
}
