using RouteApi.Core.Validation.Tests;
using RouteApi.Testing;

namespace RouteApi.Core.Validation.SpecRules.Tests;

public sealed class AlternateBackendsRuleTests
{
    [Fact]
    public void Create_WithThreeDuplicateBackends_Passes()
    {
        var route = RouteBuilder.Valid().WithAlternateBackend("svc").WithAlternateBackend("svc").WithAlternateBackend("svc", weight: 0).Build();

        var errors = RouteValidation.ValidateCreate(route);

        ErrorAssert.None(errors);
    }

    [Fact]
    public void Create_WithFourBackends_IsRequiredError()
    {
        var route = RouteBuilder.Valid().WithAlternateBackend("a").WithAlternateBackend("b").WithAlternateBackend("c").WithAlternateBackend("d").Build();

        var errors = RouteValidation.ValidateCreate(route);

        ErrorAssert.Single(errors, "spec.alternateBackends: Required value: cannot specify more than 3 alternate backends", "FieldValueRequired");
    }

    [Fact]
    public void Create_WithUnnamedBackend_IsRequiredAtIndex()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithAlternateBackend("a").WithAlternateBackend("").Build());

        ErrorAssert.Single(errors, "spec.alternateBackends[1].name: Required value", "FieldValueRequired");
    }

    [Fact]
    public void Create_WithNonServiceBackend_IsInvalidAtIndex()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithAlternateBackend("a", "Pod").Build());

        ErrorAssert.Single(errors, "spec.alternateBackends[0].kind: Invalid value: \"Pod\": must reference a Service", "FieldValueInvalid");
    }

    [Fact]
    public void Create_WithBackendWeightOutOfRange_IsInvalidAtIndex()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithAlternateBackend("a", weight: 300).Build());

        ErrorAssert.Single(errors, "spec.alternateBackends[0].weight: Invalid value: 300: weight must be an integer between 0 and 256", "FieldValueInvalid");
    }
}
