using RouteApi.Core.Validation.Tests;
using RouteApi.Testing;

namespace RouteApi.Core.Validation.SpecRules.Tests;

public sealed class PortRuleTests
{
    [Fact]
    public void Create_WithNumberPort_Passes()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithPort(8080).Build());

        ErrorAssert.None(errors);
    }

    [Theory]
    [InlineData("http")]
    [InlineData("0")]
    public void Create_WithNamedPort_Passes(string name)
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithPort(name).Build());

        ErrorAssert.None(errors);
    }

    [Fact]
    public void Create_WithPortZero_IsRequired()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithPort(0).Build());

        ErrorAssert.Single(errors, "spec.port.targetPort: Required value", "FieldValueRequired");
    }

    [Fact]
    public void Create_WithEmptyPortName_IsRequired()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithPort("").Build());

        ErrorAssert.Single(errors, "spec.port.targetPort: Required value", "FieldValueRequired");
    }
}
