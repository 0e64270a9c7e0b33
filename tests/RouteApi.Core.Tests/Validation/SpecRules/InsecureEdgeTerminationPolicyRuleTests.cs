using RouteApi.Core.Validation.Tests;
using RouteApi.Testing;

namespace RouteApi.Core.Validation.SpecRules.Tests;

public sealed class InsecureEdgeTerminationPolicyRuleTests
{
    [Theory]
    [InlineData("edge", "None")]
    [InlineData("edge", "Allow")]
    [InlineData("edge", "Redirect")]
    [InlineData("edge", "")]
    [InlineData("reencrypt", "None")]
    [InlineData("reencrypt", "Allow")]
    [InlineData("reencrypt", "Redirect")]
    [InlineData("passthrough", "None")]
    [InlineData("passthrough", "Redirect")]
    [InlineData("passthrough", "")]
    public void Create_WithAcceptedPolicy_Passes(string termination, string policy)
    {
        var errors = Create(termination, policy);

        ErrorAssert.None(errors);
    }

    [Theory]
    [InlineData("edge", "Deny")]
    [InlineData("reencrypt", "redirect")]
    public void Create_EdgeOrReencryptWithUnknownPolicy_IsInvalid(string termination, string policy)
    {
        var errors = Create(termination, policy);

        ErrorAssert.Single(
            errors,
            $"spec.tls.insecureEdgeTerminationPolicy: Invalid value: \"{policy}\": invalid value for InsecureEdgeTerminationPolicy option, acceptable values are None, Allow, Redirect, or empty",
            "FieldValueInvalid");
    }

    [Fact]
    public void Create_PassthroughWithAllow_IsInvalid()
    {
        var errors = Create("passthrough", "Allow");

        ErrorAssert.Single(
            errors,
            "spec.tls.insecureEdgeTerminationPolicy: Invalid value: \"Allow\": invalid value for InsecureEdgeTerminationPolicy option, acceptable values are None, Redirect, or empty",
            "FieldValueInvalid");
    }

    [Fact]
    public void Create_UnknownTerminationWithUnknownPolicy_ChecksTerminationOnly()
    {
        var errors = Create("bogus", "Bogus");

        ErrorAssert.Single(
            errors, "spec.tls.termination: Unsupported value: \"bogus\": supported values: \"edge\", \"passthrough\", \"reencrypt\"", "FieldValueNotSupported");
    }

    private static IReadOnlyList<FieldError> Create(string termination, string policy) =>
        RouteValidation.ValidateCreate(RouteBuilder.Valid().WithTls(termination, t => t with { InsecureEdgeTerminationPolicy = policy }).Build());
}
