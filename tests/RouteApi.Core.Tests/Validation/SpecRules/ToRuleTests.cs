using RouteApi.Core.Validation.Tests;
using RouteApi.Testing;

namespace RouteApi.Core.Validation.SpecRules.Tests;

public sealed class ToRuleTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(256)]
    [InlineData(null)]
    public void Create_WithWeightInRange_Passes(int? weight)
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithTo("svc", weight: weight).Build());

        ErrorAssert.None(errors);
    }

    [Fact]
    public void Create_WithoutServiceName_IsRequired()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithTo("").Build());

        ErrorAssert.Single(errors, "spec.to.name: Required value", "FieldValueRequired");
    }

    [Theory]
    [InlineData("service")]
    [InlineData("")]
    [InlineData("Pod")]
    public void Create_WithKindOtherThanService_IsInvalid(string kind)
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithTo("svc", kind).Build());

        ErrorAssert.Single(errors, $"spec.to.kind: Invalid value: \"{kind}\": must reference a Service", "FieldValueInvalid");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(257)]
    public void Create_WithWeightOutOfRange_IsInvalid(int weight)
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithTo("svc", weight: weight).Build());

        ErrorAssert.Single(errors, $"spec.to.weight: Invalid value: {weight}: weight must be an integer between 0 and 256", "FieldValueInvalid");
    }
}
