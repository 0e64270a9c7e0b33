using RouteApi.Core.Validation.Tests;
using RouteApi.Testing;

namespace RouteApi.Core.Validation.MetadataRules.Tests;

public sealed class GenerationDecrementRuleTests
{
    [Fact]
    public void StatusUpdate_WithHigherGeneration_Passes()
    {
        var old = StoredRoutes.Plain();

        var errors = RouteValidation.ValidateStatusUpdate(RouteBuilder.From(old).WithGeneration(2).Build(), old);

        ErrorAssert.None(errors);
    }

    [Fact]
    public void StatusUpdate_WithLowerGeneration_IsInvalid()
    {
        var old = StoredRoutes.Plain();

        var errors = RouteValidation.ValidateStatusUpdate(RouteBuilder.From(old).WithGeneration(0).Build(), old);

        ErrorAssert.Single(errors, "metadata.generation: Invalid value: 0: must not be decremented", "FieldValueInvalid");
    }
}
