using RouteApi.Core.Validation.Tests;
using RouteApi.Testing;

namespace RouteApi.Core.Validation.SpecRules.Tests;

public sealed class HostImmutableRuleTests
{
    [Fact]
    public void Update_KeepingHost_Passes()
    {
        var old = RouteBuilder.Valid().WithHost("www.example.com").AsStored().Build();

        var errors = RouteValidation.ValidateUpdate(RouteBuilder.From(old).WithPath("/v2").Build(), old);

        ErrorAssert.None(errors);
    }

    [Fact]
    public void Update_SettingHostOnHostlessRoute_Passes()
    {
        var old = RouteBuilder.Valid().WithSubdomain("web").AsStored().Build();

        var errors = RouteValidation.ValidateUpdate(RouteBuilder.From(old).WithHost("www.example.com").Build(), old);

        ErrorAssert.None(errors);
    }

    [Fact]
    public void Update_ChangingHost_IsImmutable()
    {
        var old = RouteBuilder.Valid().WithHost("www.example.com").AsStored().Build();

        var errors = RouteValidation.ValidateUpdate(RouteBuilder.From(old).WithHost("api.example.com").Build(), old);

        ErrorAssert.Single(errors, "spec.host: Invalid value: \"api.example.com\": field is immutable", "FieldValueInvalid");
    }
}
