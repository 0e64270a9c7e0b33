using RouteApi.Core.Validation.Tests;
using RouteApi.Testing;

namespace RouteApi.Core.Validation.SpecRules.Tests;

public sealed class PathRuleTests
{
    [Fact]
    public void Create_WithLeadingSlash_Passes()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithPath("/api").WithTls("edge").Build());

        ErrorAssert.None(errors);
    }

    [Fact]
    public void Create_WithoutLeadingSlash_IsInvalid()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithPath("api").Build());

        ErrorAssert.Single(errors, "spec.path: Invalid value: \"api\": path must begin with /", "FieldValueInvalid");
    }

    [Fact]
    public void Create_PassthroughWithoutPath_Passes()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithTls("passthrough").Build());

        ErrorAssert.None(errors);
    }

    [Fact]
    public void Create_PassthroughWithPath_IsInvalid()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithPath("/api").WithTls("passthrough").Build());

        ErrorAssert.Single(errors, "spec.path: Invalid value: \"/api\": passthrough termination does not support paths", "FieldValueInvalid");
    }
}
