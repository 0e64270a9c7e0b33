using RouteApi.Core.Validation.Tests;
using RouteApi.Testing;

namespace RouteApi.Core.Validation.MetadataRules.Tests;

public sealed class ResourceVersionRuleTests
{
    [Fact]
    public void StatusUpdate_WithResourceVersion_Passes()
    {
        var old = StoredRoutes.Plain();

        var errors = RouteValidation.ValidateStatusUpdate(RouteBuilder.From(old).WithResourceVersion("7").Build(), old);

        ErrorAssert.None(errors);
    }

    [Fact]
    public void StatusUpdate_WithoutResourceVersion_IsInvalid()
    {
        var old = StoredRoutes.Plain();

        var errors = RouteValidation.ValidateStatusUpdate(RouteBuilder.From(old).WithResourceVersion(null).Build(), old);

        ErrorAssert.Single(errors, "metadata.resourceVersion: Invalid value: \"\": must be specified for an update", "FieldValueInvalid");
    }
}
