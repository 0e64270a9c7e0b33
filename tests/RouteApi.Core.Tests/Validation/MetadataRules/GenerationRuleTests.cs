using RouteApi.Core.Validation.Tests;
using RouteApi.Testing;

namespace RouteApi.Core.Validation.MetadataRules.Tests;

public sealed class GenerationRuleTests
{
    [Fact]
    public void Create_WithZeroGeneration_Passes()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithGeneration(0).Build());

        ErrorAssert.None(errors);
    }

    [Fact]
    public void Create_WithNegativeGeneration_IsInvalid()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithGeneration(-1).Build());

        ErrorAssert.Single(errors, "metadata.generation: Invalid value: -1: must be greater than or equal to 0", "FieldValueInvalid");
    }
}
