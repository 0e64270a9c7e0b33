using RouteApi.Core.Validation.Tests;
using RouteApi.Testing;

namespace RouteApi.Core.Validation.SpecRules.Tests;

public sealed class WildcardPolicyRuleTests
{
    [Theory]
    [InlineData("None", null)]
    [InlineData("Subdomain", "www.example.com")]
    [InlineData("", null)]
    public void Create_WithSupportedPolicy_Passes(string policy, string? host)
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithWildcardPolicy(policy).WithHost(host).Build());

        ErrorAssert.None(errors);
    }

    [Fact]
    public void Create_WithUnknownPolicy_IsUnsupported()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithWildcardPolicy("All").Build());

        ErrorAssert.Single(errors, "spec.wildcardPolicy: Unsupported value: \"All\": supported values: \"None\", \"Subdomain\"", "FieldValueNotSupported");
    }

    [Fact]
    public void Create_WithSubdomainPolicyWithoutHost_IsInvalid()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithWildcardPolicy("Subdomain").Build());

        ErrorAssert.Single(errors, "spec.wildcardPolicy: Invalid value: \"Subdomain\": host name not specified for wildcard policy", "FieldValueInvalid");
    }
}
