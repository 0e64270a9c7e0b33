using System.Security.Cryptography.X509Certificates;
using RouteApi.Core.Model;
using RouteApi.Core.Validation;

namespace RouteApi.Core.Admission;

/// <summary>
/// The router's extended validation of <c>spec.tls</c> (openshift/router <c>ExtendedValidateRoute</c>,
/// route-semantics §5.7): the structural TLS checks again, then every PEM field must parse, the
/// certificate must verify against <c>caCertificate</c> when one is given (expiry ignored), and the
/// key must match the certificate. Failures become <c>Admitted=False</c>, reason
/// <c>ExtendedValidationFailed</c>, with the aggregated field errors as message. Certificate data is
/// never echoed: values are reported as <c>redacted … data</c>.
/// </summary>
public static class ExtendedValidation
{
    private const string Tls = "spec.tls";

    /// <summary>The field errors of <paramref name="route"/>'s TLS block; empty when it is absent or valid.</summary>
    public static IReadOnlyList<FieldError> Validate(Route route)
    {
        var tls = route.Spec.Tls;
        if (tls is null)
        {
            return [];
        }

        var errors = new List<FieldError>();
        CheckTermination(tls, errors);
        var caPool = CheckCaCertificate(tls.CaCertificate, errors);
        var certificate = CheckCertificate(tls.Certificate, caPool, errors);
        var key = CheckKey(tls.Key, errors);
        if (!string.IsNullOrEmpty(tls.Certificate))
        {
            CheckKeyPair(certificate, key, errors);
        }

        CheckDestinationCa(tls.DestinationCaCertificate, errors);
        return errors;
    }

    private static void CheckTermination(TlsConfig tls, List<FieldError> errors)
    {
        switch (tls.Termination)
        {
            case "reencrypt":
                break;
            case "passthrough":
                NotWithPassthrough(tls.Certificate, "certificate", "redacted certificate data", errors);
                NotWithPassthrough(tls.Key, "key", "redacted key data", errors);
                NotWithPassthrough(tls.CaCertificate, "caCertificate", "redacted ca certificate data", errors);
                NotWithPassthrough(tls.DestinationCaCertificate, "destinationCACertificate", "redacted destination ca certificate data", errors);
                break;
            case "edge":
                if (!string.IsNullOrEmpty(tls.DestinationCaCertificate))
                {
                    errors.Add(FieldError.Invalid(Tls + ".destinationCACertificate", "redacted destination ca certificate data", "edge termination does not support destination certificates"));
                }

                break;
            default:
                errors.Add(FieldError.NotSupported(Tls + ".termination", tls.Termination, ["edge", "passthrough", "reencrypt"]));
                break;
        }
    }

    private static void NotWithPassthrough(string? value, string field, string redacted, List<FieldError> errors)
    {
        if (!string.IsNullOrEmpty(value))
        {
            errors.Add(FieldError.Invalid(Tls + "." + field, redacted, "passthrough termination does not support certificates"));
        }
    }

    private static List<X509Certificate2>? CheckCaCertificate(string? pem, List<FieldError> errors)
    {
        if (string.IsNullOrEmpty(pem))
        {
            return null;
        }

        const string Field = Tls + ".caCertificate";
        const string Redacted = "redacted ca certificate data";
        var certificates = PemMaterial.ParseCertificates(pem, out var error);
        if (error is not null)
        {
            errors.Add(FieldError.Invalid(Field, Redacted, "failed to parse CA certificate: " + error));
            return [];
        }

        PemMaterial.Sanitize(pem, out error);
        AddIfFailed(error, Field, Redacted, errors);
        AddIfFailed(SignatureAlgorithms.Check(certificates), Field, Redacted, errors);
        return certificates;
    }

    private static List<PemBlock> CheckCertificate(string? pem, List<X509Certificate2>? caPool, List<FieldError> errors)
    {
        if (string.IsNullOrEmpty(pem))
        {
            return [];
        }

        const string Field = Tls + ".certificate";
        const string Redacted = "redacted certificate data";
        var certificates = PemMaterial.ParseCertificates(pem, out var error);
        error ??= SignatureAlgorithms.Check(certificates);
        if (error is null && caPool is not null && !ChainsTo(certificates[0], caPool))
        {
            error = "error verifying certificate: x509: certificate signed by unknown authority";
        }

        if (error is not null)
        {
            errors.Add(FieldError.Invalid(Field, Redacted, error));
            return PemBlock.ReadAll(pem);
        }

        var sanitized = PemMaterial.Sanitize(pem, out error);
        AddIfFailed(error, Field, Redacted, errors);
        return error is null ? sanitized : PemBlock.ReadAll(pem);
    }

    private static List<PemBlock> CheckKey(string? pem, List<FieldError> errors)
    {
        if (string.IsNullOrEmpty(pem))
        {
            return [];
        }

        var sanitized = PemMaterial.Sanitize(pem, out var error);
        AddIfFailed(error, Tls + ".key", "redacted key data", errors);
        return error is null ? sanitized : PemBlock.ReadAll(pem);
    }

    // Private keys pasted into the certificate field count as the key too, as upstream allows.
    private static void CheckKeyPair(List<PemBlock> certificate, List<PemBlock> key, List<FieldError> errors)
    {
        var publicBlocks = certificate.Where(b => b.Type is "CERTIFICATE" or "PUBLIC KEY").ToList();
        var keyBlocks = certificate.Where(b => b.Type is "RSA PRIVATE KEY" or "EC PRIVATE KEY").Concat(key).ToList();
        if (keyBlocks.Count == 0)
        {
            errors.Add(FieldError.Invalid(Tls + ".key", string.Empty, "no key specified"));
            return;
        }

        var error = PemMaterial.CheckKeyPair(publicBlocks, keyBlocks);
        if (error is not null)
        {
            errors.Add(FieldError.Invalid(Tls + ".key", "redacted key data", error));
        }
    }

    private static void CheckDestinationCa(string? pem, List<FieldError> errors)
    {
        if (string.IsNullOrEmpty(pem))
        {
            return;
        }

        const string Field = Tls + ".destinationCACertificate";
        const string Redacted = "redacted destination ca certificate data";
        var certificates = PemMaterial.ParseCertificates(pem, out var error);
        if (error is not null)
        {
            errors.Add(FieldError.Invalid(Field, Redacted, "failed to parse destination CA certificate: " + error));
            return;
        }

        PemMaterial.Sanitize(pem, out error);
        AddIfFailed(error, Field, Redacted, errors);
        AddIfFailed(SignatureAlgorithms.Check(certificates), Field, Redacted, errors);
    }

    private static void AddIfFailed(string? error, string field, string redacted, List<FieldError> errors)
    {
        if (error is not null)
        {
            errors.Add(FieldError.Invalid(field, redacted, error));
        }
    }

    // The CA bundle serves as both roots and intermediates, no hostname is checked, and expiry is
    // ignored so an expired certificate is still served (the client decides), as upstream does.
    private static bool ChainsTo(X509Certificate2 leaf, List<X509Certificate2> caPool)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationFlags = X509VerificationFlags.IgnoreNotTimeValid | X509VerificationFlags.IgnoreCtlNotTimeValid;
        chain.ChainPolicy.CustomTrustStore.AddRange(caPool.ToArray());
        chain.ChainPolicy.ExtraStore.AddRange(caPool.ToArray());
        return chain.Build(leaf);
    }
}
