using RouteApi.Core.Model;
using RouteApi.Testing;

namespace RouteApi.Core.Admission.Tests;

public sealed class ExtendedValidationTests
{
    private static Route Edge(Func<TlsConfig, TlsConfig> configure) =>
        RouteBuilder.Valid("r", "a").WithHost("www.example.com").WithTls("edge", configure).Build();

    private static string Message(Route route) => Validation.FieldErrors.Aggregate(ExtendedValidation.Validate(route));

    [Fact]
    public void Validate_CertificateKeyAndCa_ThatBelongTogether_Pass()
    {
        var route = Edge(t => t with
        {
            Certificate = TestCertificates.ServingCertificate,
            Key = TestCertificates.ServingKey,
            CaCertificate = TestCertificates.CaCertificate,
        });

        Assert.Empty(ExtendedValidation.Validate(route));
    }

    [Fact]
    public void Validate_KeyOfAnotherCertificate_ReportsMismatchOnKey()
    {
        var route = Edge(t => t with { Certificate = TestCertificates.ServingCertificate, Key = TestCertificates.UnrelatedKey });

        Assert.Equal("spec.tls.key: Invalid value: \"redacted key data\": tls: private key does not match public key", Message(route));
    }

    [Fact]
    public void Validate_GarbageCertificate_ReportsParseFailure()
    {
        var route = Edge(t => t with { Certificate = "not a certificate", Key = TestCertificates.ServingKey });

        Assert.Equal(
            "[spec.tls.certificate: Invalid value: \"redacted certificate data\": data does not contain any valid RSA or ECDSA certificates, "
            + "spec.tls.key: Invalid value: \"redacted key data\": tls: failed to find any PEM data in certificate input]",
            Message(route));
    }

    [Fact]
    public void Validate_GarbageKey_IsDroppedAndCountsAsNoKey()
    {
        var route = Edge(t => t with { Certificate = TestCertificates.ServingCertificate, Key = "garbage" });

        Assert.Equal("spec.tls.key: Invalid value: \"\": no key specified", Message(route));
    }

    [Fact]
    public void Validate_GarbageDestinationCa_ReportsParseFailure()
    {
        var route = RouteBuilder.Valid("r", "a").WithHost("www.example.com")
            .WithTls("reencrypt", t => t with { DestinationCaCertificate = "garbage" }).Build();

        Assert.Equal(
            "spec.tls.destinationCACertificate: Invalid value: \"redacted destination ca certificate data\": "
            + "failed to parse destination CA certificate: data does not contain any valid RSA or ECDSA certificates",
            Message(route));
    }

    [Fact]
    public void Validate_CertificateNotSignedByGivenCa_FailsVerification()
    {
        var route = Edge(t => t with
        {
            Certificate = TestCertificates.ServingCertificate,
            Key = TestCertificates.ServingKey,
            CaCertificate = TestCertificates.ServingCertificate,
        });

        Assert.Equal(
            "spec.tls.certificate: Invalid value: \"redacted certificate data\": error verifying certificate: x509: certificate signed by unknown authority",
            Message(route));
    }

    [Fact]
    public void Validate_UnknownPemBlockInKey_IsRejected()
    {
        var route = Edge(t => t with
        {
            Certificate = TestCertificates.ServingCertificate,
            Key = "-----BEGIN FOO-----\nAAAA\n-----END FOO-----\n",
        });

        Assert.Contains("spec.tls.key: Invalid value: \"redacted key data\": unrecognized PEM block FOO", Message(route), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoTls_Passes()
    {
        Assert.Empty(ExtendedValidation.Validate(RouteBuilder.Valid().WithHost("www.example.com").Build()));
    }
}
