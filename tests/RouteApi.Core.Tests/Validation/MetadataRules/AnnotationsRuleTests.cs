using RouteApi.Core.Validation.Tests;
using RouteApi.Testing;

namespace RouteApi.Core.Validation.MetadataRules.Tests;

public sealed class AnnotationsRuleTests
{
    [Fact]
    public void Create_WithUppercaseAnnotationKey_Passes()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithAnnotation("Example.COM/Note", "any value").Build());

        ErrorAssert.None(errors);
    }

    [Fact]
    public void Create_WithInvalidAnnotationKey_IsInvalid()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithAnnotation("note!", "x").Build());

        ErrorAssert.Single(errors, "metadata.annotations: Invalid value: \"note!\": " + Messages.QualifiedNamePart, "FieldValueInvalid");
    }

    [Fact]
    public void Create_WithAnnotationsAtTheLimit_Passes()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithAnnotation("k", new string('v', 262143)).Build());

        ErrorAssert.None(errors);
    }

    [Fact]
    public void Create_WithAnnotationsOverTheLimit_IsTooLong()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithAnnotation("k", new string('v', 262144)).Build());

        ErrorAssert.Single(errors, "metadata.annotations: Too long: may not be more than 262144 bytes", "FieldValueTooLong");
    }
}
