using RouteApi.Core.Validation.Tests;
using RouteApi.Testing;

namespace RouteApi.Core.Validation.MetadataRules.Tests;

public sealed class NamespaceRuleTests
{
    [Fact]
    public void Create_WithValidNamespace_Passes()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid("route", "team-a").Build());

        ErrorAssert.None(errors);
    }

    [Fact]
    public void Create_WithoutNamespace_IsRequired()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithNamespace(null).Build());

        ErrorAssert.Single(errors, "metadata.namespace: Required value", "FieldValueRequired");
    }

    [Fact]
    public void Create_WithDottedNamespace_IsInvalid()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid("route", "team.a").Build());

        ErrorAssert.Single(errors, "metadata.namespace: Invalid value: \"team.a\": " + Messages.DnsLabel, "FieldValueInvalid");
    }
}
