using RouteApi.Core.Validation.Tests;
using RouteApi.Testing;

namespace RouteApi.Core.Validation.SpecRules.Tests;

public sealed class WildcardPolicyImmutableRuleTests
{
    [Fact]
    public void Update_KeepingPolicy_Passes()
    {
        var old = RouteBuilder.Valid().WithHost("www.example.com").WithWildcardPolicy("Subdomain").AsStored().Build();

        var errors = RouteValidation.ValidateUpdate(RouteBuilder.From(old).WithLabel("app", "web").Build(), old);

        ErrorAssert.None(errors);
    }

    [Fact]
    public void Update_ChangingPolicy_IsImmutable()
    {
        var old = RouteBuilder.Valid().WithHost("www.example.com").AsStored().Build();

        var errors = RouteValidation.ValidateUpdate(RouteBuilder.From(old).WithWildcardPolicy("Subdomain").Build(), old);

        ErrorAssert.Single(errors, "spec.wildcardPolicy: Invalid value: \"Subdomain\": field is immutable", "FieldValueInvalid");
    }
}
