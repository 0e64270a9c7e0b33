using RouteApi.Core.Model;
using RouteApi.Testing;

namespace RouteApi.Core.Validation.MetadataRules.Tests;

// The create pipeline runs this rule only after every other rule passed, and any name it rejects
// already fails the DNS subdomain rule, so the rule is exercised directly here.
public sealed class PathSegmentNameRuleTests
{
    [Fact]
    public void Validate_WithPlainName_Passes()
    {
        var errors = Validate(RouteBuilder.Valid("route").Build());

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("..", "metadata.name: Invalid value: \"..\": may not be '..'")]
    [InlineData(".", "metadata.name: Invalid value: \".\": may not be '.'")]
    [InlineData("a/b", "metadata.name: Invalid value: \"a/b\": may not contain '/'")]
    [InlineData("a%b", "metadata.name: Invalid value: \"a%b\": may not contain '%'")]
    public void Validate_WithIllegalName_IsInvalid(string name, string expected)
    {
        var errors = Validate(RouteBuilder.Valid(name).Build());

        Assert.Equal([expected], errors.Select(error => error.ToString()));
        Assert.Equal("FieldValueInvalid", errors[0].CauseType);
    }

    [Fact]
    public void Validate_WithSlashInGenerateName_IsInvalid()
    {
        var errors = Validate(RouteBuilder.Valid("route").WithGenerateName("a/").Build());

        Assert.Equal(["metadata.generateName: Invalid value: \"a/\": may not contain '/'"], errors.Select(error => error.ToString()));
    }

    [Fact]
    public void Create_WhenOtherRulesFail_DoesNotRunPathSegmentRule()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid("..").Build());

        Assert.DoesNotContain(errors, error => error.Detail.StartsWith("may not", StringComparison.Ordinal));
    }

    private static List<FieldError> Validate(Route route)
    {
        var errors = new List<FieldError>();
        new PathSegmentNameRule().Validate(new RouteValidationContext(route, null, true, true), errors);
        return errors;
    }
}
