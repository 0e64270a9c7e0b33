using RouteApi.Core.Validation.Tests;
using RouteApi.Testing;

namespace RouteApi.Core.Validation.MetadataRules.Tests;

public sealed class NoNewFinalizersRuleTests
{
    [Fact]
    public void StatusUpdate_RemovingFinalizerWhileDeleting_Passes()
    {
        var old = StoredRoutes.BeingDeleted("example.com/a", "example.com/b");

        var errors = RouteValidation.ValidateStatusUpdate(RouteBuilder.From(old).WithFinalizers("example.com/a").Build(), old);

        ErrorAssert.None(errors);
    }

    [Fact]
    public void StatusUpdate_AddingFinalizerWhenNotDeleting_Passes()
    {
        var old = StoredRoutes.Plain();

        var errors = RouteValidation.ValidateStatusUpdate(RouteBuilder.From(old).WithFinalizers("example.com/x").Build(), old);

        ErrorAssert.None(errors);
    }

    [Fact]
    public void StatusUpdate_AddingFinalizersWhileDeleting_IsForbiddenWithSortedList()
    {
        var old = StoredRoutes.BeingDeleted("example.com/a");
        var route = RouteBuilder.From(old).WithFinalizers("example.com/z", "example.com/a", "example.com/b").Build();

        var errors = RouteValidation.ValidateStatusUpdate(route, old);

        ErrorAssert.Single(
            errors,
            "metadata.finalizers: Forbidden: no new finalizers can be added if the object is being deleted, found new finalizers []string{\"example.com/b\", \"example.com/z\"}",
            "FieldValueForbidden");
    }
}
