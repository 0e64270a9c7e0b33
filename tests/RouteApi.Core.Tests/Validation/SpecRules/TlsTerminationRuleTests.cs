using RouteApi.Core.Model;
using RouteApi.Core.Validation.Tests;
using RouteApi.Testing;

namespace RouteApi.Core.Validation.SpecRules.Tests;

public sealed class TlsTerminationRuleTests
{
    private const string Pem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
    private static readonly LocalObjectReference Secret = new() { Name = "web-tls" };

    [Theory]
    [InlineData("edge")]
    [InlineData("reencrypt")]
    public void Create_WithCertificateKeyAndCa_Passes(string termination)
    {
        var errors = Create(termination, t => t with { Certificate = Pem, Key = Pem, CaCertificate = Pem });

        ErrorAssert.None(errors);
    }

    [Theory]
    [InlineData("edge")]
    [InlineData("reencrypt")]
    [InlineData("passthrough")]
    public void Create_WithoutCertificateMaterial_Passes(string termination)
    {
        ErrorAssert.None(Create(termination, t => t));
    }

    [Fact]
    public void Create_ReencryptWithDestinationCa_Passes()
    {
        ErrorAssert.None(Create("reencrypt", t => t with { DestinationCaCertificate = Pem }));
    }

    [Fact]
    public void Create_EdgeWithDestinationCa_IsInvalid()
    {
        var errors = Create("edge", t => t with { DestinationCaCertificate = Pem });

        ErrorAssert.Single(
            errors,
            "spec.tls.destinationCACertificate: Invalid value: \"redacted destination ca certificate data\": edge termination does not support destination certificates",
            "FieldValueInvalid");
    }

    [Theory]
    [InlineData("edge")]
    [InlineData("reencrypt")]
    public void Create_WithExternalCertificateOnly_Passes(string termination)
    {
        ErrorAssert.None(Create(termination, t => t with { ExternalCertificate = Secret }));
    }

    [Theory]
    [InlineData("edge")]
    [InlineData("reencrypt")]
    public void Create_WithCertificateAndExternalCertificate_IsInvalid(string termination)
    {
        var errors = Create(termination, t => t with { Certificate = Pem, ExternalCertificate = Secret });

        ErrorAssert.Single(
            errors,
            "spec.tls.externalCertificate: Invalid value: \"web-tls\": cannot specify both tls.certificate and tls.externalCertificate",
            "FieldValueInvalid");
    }

    [Fact]
    public void Create_PassthroughWithCertificate_IsInvalid()
    {
        var errors = Create("passthrough", t => t with { Certificate = Pem });

        ErrorAssert.Single(errors, $"spec.tls.certificate: Invalid value: \"redacted certificate data\": {Messages.Passthrough}", "FieldValueInvalid");
    }

    [Fact]
    public void Create_PassthroughWithKey_IsInvalid()
    {
        var errors = Create("passthrough", t => t with { Key = Pem });

        ErrorAssert.Single(errors, $"spec.tls.key: Invalid value: \"redacted key data\": {Messages.Passthrough}", "FieldValueInvalid");
    }

    [Fact]
    public void Create_PassthroughWithCaCertificate_IsInvalid()
    {
        var errors = Create("passthrough", t => t with { CaCertificate = Pem });

        ErrorAssert.Single(errors, $"spec.tls.caCertificate: Invalid value: \"redacted ca certificate data\": {Messages.Passthrough}", "FieldValueInvalid");
    }

    [Fact]
    public void Create_PassthroughWithDestinationCa_IsInvalid()
    {
        var errors = Create("passthrough", t => t with { DestinationCaCertificate = Pem });

        ErrorAssert.Single(
            errors, $"spec.tls.destinationCACertificate: Invalid value: \"redacted destination ca certificate data\": {Messages.Passthrough}", "FieldValueInvalid");
    }

    [Fact]
    public void Create_PassthroughWithExternalCertificate_IsInvalid()
    {
        var errors = Create("passthrough", t => t with { ExternalCertificate = Secret });

        ErrorAssert.Single(errors, $"spec.tls.externalCertificate: Invalid value: \"web-tls\": {Messages.Passthrough}", "FieldValueInvalid");
    }

    [Fact]
    public void Create_PassthroughWithEverything_ReportsInUpstreamOrder()
    {
        var errors = Create("passthrough", t => t with
        {
            Certificate = Pem,
            Key = Pem,
            CaCertificate = Pem,
            DestinationCaCertificate = Pem,
            ExternalCertificate = Secret,
        });

        Assert.Equal(
            ["spec.tls.certificate", "spec.tls.key", "spec.tls.externalCertificate", "spec.tls.caCertificate", "spec.tls.destinationCACertificate"],
            errors.Select(error => error.Field));
    }

    [Theory]
    [InlineData("")]
    [InlineData("EDGE")]
    [InlineData("Edge")]
    public void Create_WithUnknownTermination_IsUnsupported(string termination)
    {
        var errors = Create(termination, t => t);

        ErrorAssert.Single(
            errors,
            $"spec.tls.termination: Unsupported value: \"{termination}\": supported values: \"edge\", \"passthrough\", \"reencrypt\"",
            "FieldValueNotSupported");
    }

    private static IReadOnlyList<FieldError> Create(string termination, Func<TlsConfig, TlsConfig> configure) =>
        RouteValidation.ValidateCreate(RouteBuilder.Valid().WithHost("www.example.com").WithTls(termination, configure).Build());
}
