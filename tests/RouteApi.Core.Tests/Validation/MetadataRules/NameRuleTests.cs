using RouteApi.Core.Validation.Tests;
using RouteApi.Testing;

namespace RouteApi.Core.Validation.MetadataRules.Tests;

public sealed class NameRuleTests
{
    [Fact]
    public void Create_WithValidName_Passes()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid("my.route-1").Build());

        ErrorAssert.None(errors);
    }

    [Fact]
    public void Create_WithoutName_IsRequired()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithName(null).Build());

        ErrorAssert.Single(errors, "metadata.name: Required value: name or generateName is required", "FieldValueRequired");
    }

    [Fact]
    public void Create_WithUppercaseName_IsInvalid()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid("My-Route").Build());

        ErrorAssert.Single(errors, "metadata.name: Invalid value: \"My-Route\": " + Messages.DnsSubdomain, "FieldValueInvalid");
    }

    [Fact]
    public void Create_WithNameOver253Characters_ReportsLength()
    {
        var name = new string('a', 254);

        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid(name).Build());

        ErrorAssert.Single(errors, $"metadata.name: Invalid value: \"{name}\": must be no more than 253 characters", "FieldValueInvalid");
    }

    [Fact]
    public void Create_WithValidGenerateName_Passes()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid("web-x7k2p").WithGenerateName("web-").Build());

        ErrorAssert.None(errors);
    }

    [Fact]
    public void Create_WithInvalidGenerateName_IsInvalid()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid("web-x7k2p").WithGenerateName("Web_").Build());

        ErrorAssert.Single(errors, "metadata.generateName: Invalid value: \"Web_\": " + Messages.DnsSubdomain, "FieldValueInvalid");
    }
}
