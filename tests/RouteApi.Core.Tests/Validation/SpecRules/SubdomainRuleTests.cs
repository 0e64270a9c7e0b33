using RouteApi.Core.Model;
using RouteApi.Core.Validation.Tests;
using RouteApi.Testing;

namespace RouteApi.Core.Validation.SpecRules.Tests;

public sealed class SubdomainRuleTests
{
    [Fact]
    public void Create_WithValidSubdomain_Passes()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithSubdomain("web.team-a").Build());

        ErrorAssert.None(errors);
    }

    [Fact]
    public void Create_WithBadLabel_ReportsTheLabelOnly()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithSubdomain("web.Team").Build());

        ErrorAssert.Single(errors, "spec.subdomain: Invalid value: \"Team\": " + Messages.DnsLabel, "FieldValueInvalid");
    }

    [Fact]
    public void Create_WithLongLabel_JoinsLabelMessages()
    {
        var label = new string('a', 63) + "-";

        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithSubdomain(label).Build());

        ErrorAssert.Single(errors, $"spec.subdomain: Invalid value: \"{label}\": must be no more than 63 characters, " + Messages.DnsLabel, "FieldValueInvalid");
    }

    [Fact]
    public void Create_WithSubdomainOver253Characters_ReportsLength()
    {
        var subdomain = string.Join('.', Enumerable.Repeat(new string('a', 50), 5)) + ".abc";

        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithSubdomain(subdomain).Build());

        ErrorAssert.Single(errors, $"spec.subdomain: Invalid value: \"{subdomain}\": must be no more than 253 characters", "FieldValueInvalid");
    }

    [Fact]
    public void Create_WithAnnotation_StillChecksSubdomain()
    {
        var route = RouteBuilder.Valid().WithSubdomain("a_b")
            .WithAnnotation(RouteApiNames.AllowNonDnsCompliantHostAnnotation, "true").Build();

        var errors = RouteValidation.ValidateCreate(route);

        ErrorAssert.Single(errors, "spec.subdomain: Invalid value: \"a_b\": " + Messages.DnsLabel, "FieldValueInvalid");
    }
}
