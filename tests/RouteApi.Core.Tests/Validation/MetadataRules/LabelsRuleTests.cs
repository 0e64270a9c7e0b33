using RouteApi.Core.Validation.Tests;
using RouteApi.Testing;

namespace RouteApi.Core.Validation.MetadataRules.Tests;

public sealed class LabelsRuleTests
{
    [Fact]
    public void Create_WithValidLabels_Passes()
    {
        var route = RouteBuilder.Valid().WithLabel("app.kubernetes.io/name", "web").WithLabel("tier", "").Build();

        var errors = RouteValidation.ValidateCreate(route);

        ErrorAssert.None(errors);
    }

    [Fact]
    public void Create_WithInvalidLabelKey_IsInvalid()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithLabel("-app", "web").Build());

        ErrorAssert.Single(errors, "metadata.labels: Invalid value: \"-app\": " + Messages.QualifiedNamePart, "FieldValueInvalid");
    }

    [Fact]
    public void Create_WithInvalidLabelValue_IsInvalid()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithLabel("app", "a b").Build());

        ErrorAssert.Single(errors, "metadata.labels: Invalid value: \"a b\": " + Messages.LabelValue, "FieldValueInvalid");
    }
}
