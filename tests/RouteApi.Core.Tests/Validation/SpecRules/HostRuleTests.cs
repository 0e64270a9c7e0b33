using RouteApi.Core.Model;
using RouteApi.Core.Validation.Tests;
using RouteApi.Testing;

namespace RouteApi.Core.Validation.SpecRules.Tests;

public sealed class HostRuleTests
{
    private const string Dns952 = "host must conform to DNS 952 subdomain conventions";
    private static readonly string LongLabel = new('a', 64);

    [Theory]
    [InlineData("www.example.com")]
    [InlineData("host")]
    [InlineData("a-1.b-2")]
    public void Create_WithValidHost_Passes(string host)
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithHost(host).Build());

        ErrorAssert.None(errors);
    }

    [Fact]
    public void Create_WithUppercaseHost_FailsSubdomainAndLabel()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithHost("A.test.com").Build());

        ErrorAssert.Texts(errors, $"spec.host: Invalid value: \"A.test.com\": {Dns952}", "spec.host: Invalid value: \"A.test.com\": " + Messages.DnsLabel);
    }

    [Fact]
    public void Create_WithTrailingDot_ReportsSubdomainAndEmptyLabel()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithHost("abc.test.com.").Build());

        ErrorAssert.Texts(errors, $"spec.host: Invalid value: \"abc.test.com.\": {Dns952}", "spec.host: Invalid value: \"abc.test.com.\": " + Messages.DnsLabel);
    }

    [Fact]
    public void Create_WithTwoBadLabels_ReportsEachLabel()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithHost("Ab.test.com.-").Build());

        ErrorAssert.Texts(
            errors,
            $"spec.host: Invalid value: \"Ab.test.com.-\": {Dns952}",
            "spec.host: Invalid value: \"Ab.test.com.-\": " + Messages.DnsLabel,
            "spec.host: Invalid value: \"Ab.test.com.-\": " + Messages.DnsLabel);
        Assert.All(errors, error => Assert.Equal("FieldValueInvalid", error.CauseType));
    }

    [Fact]
    public void Create_With64CharacterLabel_FailsLabelLengthOnly()
    {
        var host = LongLabel + ".test.com";

        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithHost(host).Build());

        ErrorAssert.Single(errors, $"spec.host: Invalid value: \"{host}\": must be no more than 63 characters", "FieldValueInvalid");
    }

    [Fact]
    public void Create_With64CharacterLabelAndAnnotation_Passes()
    {
        var route = RouteBuilder.Valid().WithHost(LongLabel + ".test.com")
            .WithAnnotation(RouteApiNames.AllowNonDnsCompliantHostAnnotation, "true").Build();

        var errors = RouteValidation.ValidateCreate(route);

        ErrorAssert.None(errors);
    }

    [Fact]
    public void Create_WithAnnotationAndBadSubdomain_StillFailsH1()
    {
        var route = RouteBuilder.Valid().WithHost("a_b.test.com")
            .WithAnnotation(RouteApiNames.AllowNonDnsCompliantHostAnnotation, "true").Build();

        var errors = RouteValidation.ValidateCreate(route);

        ErrorAssert.Single(errors, $"spec.host: Invalid value: \"a_b.test.com\": {Dns952}", "FieldValueInvalid");
    }

    [Fact]
    public void Create_With254CharacterHost_FailsSubdomainOnce()
    {
        var host = string.Join('.', Enumerable.Repeat(new string('a', 50), 5)) + ".abc";

        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithHost(host).Build());

        ErrorAssert.Single(errors, $"spec.host: Invalid value: \"{host}\": {Dns952}", "FieldValueInvalid");
    }

    [Fact]
    public void Update_KeepingNonCompliantHost_SkipsLabelCheck()
    {
        var old = RouteBuilder.Valid().WithHost(LongLabel + ".test.com").AsStored().Build();

        var errors = RouteValidation.ValidateUpdate(RouteBuilder.From(old).WithLabel("app", "web").Build(), old);

        ErrorAssert.None(errors);
    }

    [Fact]
    public void Update_SettingNonCompliantHostOnHostlessRoute_RunsLabelCheck()
    {
        var old = RouteBuilder.Valid().AsStored().Build();
        var host = LongLabel + ".test.com";

        var errors = RouteValidation.ValidateUpdate(RouteBuilder.From(old).WithHost(host).Build(), old);

        ErrorAssert.Single(errors, $"spec.host: Invalid value: \"{host}\": must be no more than 63 characters", "FieldValueInvalid");
    }
}
