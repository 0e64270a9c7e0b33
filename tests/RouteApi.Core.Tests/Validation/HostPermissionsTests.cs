using RouteApi.Testing;

namespace RouteApi.Core.Validation.Tests;

public sealed class HostPermissionsTests
{
    private static readonly Func<string, bool> Nothing = _ => false;
    private static readonly Func<string, bool> CreateOnly = verb => verb == "create";
    private static readonly Func<string, bool> Everything = _ => true;

    [Fact]
    public void Create_WithoutHostOrCertificates_NeedsNoPermission()
    {
        var errors = HostPermissions.ValidateCreate(RouteBuilder.Valid().Build(), Nothing);

        Assert.Empty(errors);
    }

    [Fact]
    public void Create_WithHostAndNoCreatePermission_IsForbiddenOnHost()
    {
        var errors = HostPermissions.ValidateCreate(RouteBuilder.Valid().WithHost("www.example.com").Build(), Nothing);

        ErrorAssert.Single(errors, "spec.host: Forbidden: you do not have permission to set the host field of the route", "FieldValueForbidden");
    }

    [Fact]
    public void Create_WithCertificatesOnlyAndNoCreatePermission_IsForbiddenOnTls()
    {
        var route = RouteBuilder.Valid().WithTls("edge", t => t with { Certificate = "cert", Key = "key" }).Build();

        var errors = HostPermissions.ValidateCreate(route, Nothing);

        ErrorAssert.Single(errors, "spec.tls: Forbidden: you do not have permission to set certificate fields on the route", "FieldValueForbidden");
    }

    [Fact]
    public void Create_WithHostAndCreatePermission_IsAllowed()
    {
        var errors = HostPermissions.ValidateCreate(RouteBuilder.Valid().WithHost("www.example.com").Build(), CreateOnly);

        Assert.Empty(errors);
    }

    [Fact]
    public void Update_HostChangedWithoutUpdatePermission_IsInvalid()
    {
        var old = RouteBuilder.Valid().WithHost("a.example.com").Build();

        var errors = HostPermissions.ValidateUpdate(RouteBuilder.From(old).WithHost("b.example.com").Build(), old, CreateOnly);

        ErrorAssert.Single(errors, "spec.host: Invalid value: \"b.example.com\": you do not have permission to set the host field of the route", "FieldValueInvalid");
    }

    [Fact]
    public void Update_HostChangedWithUpdatePermission_IsAllowed()
    {
        var old = RouteBuilder.Valid().WithHost("a.example.com").Build();

        var errors = HostPermissions.ValidateUpdate(RouteBuilder.From(old).WithHost("b.example.com").Build(), old, Everything);

        Assert.Empty(errors);
    }

    [Fact]
    public void Update_SubdomainChangedWithoutUpdatePermission_IsInvalid()
    {
        var old = RouteBuilder.Valid().WithSubdomain("a").Build();

        var errors = HostPermissions.ValidateUpdate(RouteBuilder.From(old).WithSubdomain("b").Build(), old, CreateOnly);

        ErrorAssert.Single(errors, "spec.subdomain: Invalid value: \"b\": you do not have permission to set the subdomain field of the route", "FieldValueInvalid");
    }

    [Fact]
    public void Update_CertificateChangedWithCreatePermission_IsAllowed()
    {
        var old = RouteBuilder.Valid().WithTls("edge", t => t with { Certificate = "old" }).Build();

        var errors = HostPermissions.ValidateUpdate(RouteBuilder.From(old).WithTls("edge", t => t with { Certificate = "new" }).Build(), old, CreateOnly);

        Assert.Empty(errors);
    }

    [Fact]
    public void Update_CertificateChangedWithoutPermission_NamesEachChangedFieldRedacted()
    {
        var old = RouteBuilder.Valid().WithTls("edge", t => t with { Certificate = "old", Key = "k" }).Build();

        var errors = HostPermissions.ValidateUpdate(RouteBuilder.From(old).WithTls("edge", t => t with { Certificate = "new", Key = "k" }).Build(), old, Nothing);

        ErrorAssert.Single(errors, "spec.tls.certificate: Invalid value: \"redacted certificate data\": you do not have permission to set certificate fields on the route", "FieldValueInvalid");
    }

    [Fact]
    public void Update_CertificatesAddedWhereThereWasNoTls_IsInvalidOnTls()
    {
        var old = RouteBuilder.Valid().Build();

        var errors = HostPermissions.ValidateUpdate(RouteBuilder.From(old).WithTls("edge", t => t with { Certificate = "new" }).Build(), old, Nothing);

        ErrorAssert.Single(errors, "spec.tls: Invalid value: \"redacted tls data\": you do not have permission to set certificate fields on the route", "FieldValueInvalid");
    }

    [Fact]
    public void Update_CertificatesRemoved_NeedsNoPermission()
    {
        var old = RouteBuilder.Valid().WithTls("edge", t => t with { Certificate = "old", Key = "k" }).Build();

        var errors = HostPermissions.ValidateUpdate(RouteBuilder.From(old).WithTls("edge").Build(), old, Nothing);

        Assert.Empty(errors);
    }

    [Fact]
    public void Update_NothingHostRelatedChanged_NeedsNoPermission()
    {
        var old = RouteBuilder.Valid().WithHost("a.example.com").Build();

        var errors = HostPermissions.ValidateUpdate(RouteBuilder.From(old).WithLabel("x", "y").Build(), old, Nothing);

        Assert.Empty(errors);
    }
}
