using RouteApi.Core.Validation.Tests;
using RouteApi.Testing;

namespace RouteApi.Core.Validation.SpecRules.Tests;

public sealed class PathCharactersRuleTests
{
    [Theory]
    [InlineData("/api/v1")]
    [InlineData("/a\tb")]
    public void Create_WithoutHashOrSpace_Passes(string path)
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithPath(path).Build());

        ErrorAssert.None(errors);
    }

    [Theory]
    [InlineData("/api#v1")]
    [InlineData("/api /v1")]
    public void Create_WithHashOrSpace_IsInvalid(string path)
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithPath(path).Build());

        ErrorAssert.Single(errors, $"spec.path: Invalid value: \"{path}\": cannot contain # or spaces", "FieldValueInvalid");
    }

    [Fact]
    public void Update_KeepingStoredPathWithSpace_Passes()
    {
        var old = RouteBuilder.Valid().WithPath("/a b").AsStored().Build();

        var errors = RouteValidation.ValidateUpdate(RouteBuilder.From(old).WithLabel("app", "web").Build(), old);

        ErrorAssert.None(errors);
    }

    [Fact]
    public void Update_ChangingPathToContainHash_IsInvalid()
    {
        var old = RouteBuilder.Valid().WithPath("/a").AsStored().Build();

        var errors = RouteValidation.ValidateUpdate(RouteBuilder.From(old).WithPath("/a#b").Build(), old);

        ErrorAssert.Single(errors, "spec.path: Invalid value: \"/a#b\": cannot contain # or spaces", "FieldValueInvalid");
    }
}
