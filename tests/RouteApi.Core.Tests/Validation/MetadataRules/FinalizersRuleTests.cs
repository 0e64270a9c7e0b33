using RouteApi.Core.Validation.Tests;
using RouteApi.Testing;

namespace RouteApi.Core.Validation.MetadataRules.Tests;

public sealed class FinalizersRuleTests
{
    [Fact]
    public void Create_WithStandardAndQualifiedFinalizers_Passes()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithFinalizers("kubernetes", "orphan", "example.com/cleanup").Build());

        ErrorAssert.None(errors);
    }

    [Fact]
    public void Create_WithInvalidQualifiedFinalizer_IsInvalidWithoutIndex()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithFinalizers("example.com/-x").Build());

        ErrorAssert.Single(errors, "metadata.finalizers: Invalid value: \"example.com/-x\": " + Messages.QualifiedNamePart, "FieldValueInvalid");
    }

    [Fact]
    public void Create_WithOrphanAndForegroundDeletion_IsInvalid()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithFinalizers("orphan", "foregroundDeletion").Build());

        ErrorAssert.Single(
            errors,
            "metadata.finalizers: Invalid value: []string{\"orphan\", \"foregroundDeletion\"}: finalizer orphan and foregroundDeletion cannot be both set",
            "FieldValueInvalid");
    }

    [Fact]
    public void Create_WithUnqualifiedNonStandardFinalizer_IsInvalidAtIndex()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithFinalizers("kubernetes", "cleanup").Build());

        ErrorAssert.Single(
            errors,
            "metadata.finalizers[1]: Invalid value: \"cleanup\": name is neither a standard finalizer name nor is it fully qualified",
            "FieldValueInvalid");
    }

    [Fact]
    public void StatusUpdate_WithUnqualifiedNonStandardFinalizer_IsInvalidAtIndex()
    {
        var old = StoredRoutes.Plain();

        var errors = RouteValidation.ValidateStatusUpdate(RouteBuilder.From(old).WithFinalizers("cleanup").Build(), old);

        ErrorAssert.Single(
            errors,
            "metadata.finalizers[0]: Invalid value: \"cleanup\": name is neither a standard finalizer name nor is it fully qualified",
            "FieldValueInvalid");
    }
}
