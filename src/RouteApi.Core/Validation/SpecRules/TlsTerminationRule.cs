using RouteApi.Core.Model;

namespace RouteApi.Core.Validation.SpecRules;

/// <summary>
/// The §2.9 TLS matrix: edge takes no destination CA; passthrough takes no certificate material at
/// all; edge and reencrypt cannot combine <c>certificate</c> with <c>externalCertificate</c>; any
/// other termination (including empty) is unsupported. Certificate contents are redacted in errors.
/// </summary>
internal sealed class TlsTerminationRule : IRouteRule
{
    private const string Field = "spec.tls";
    private const string NoCertificates = "passthrough termination does not support certificates";
    private static readonly string[] Supported = [TlsTerminations.Edge, TlsTerminations.Passthrough, TlsTerminations.Reencrypt];

    /// <inheritdoc />
    public void Validate(RouteValidationContext context, ICollection<FieldError> errors)
    {
        var tls = context.Spec.Tls;
        switch (tls?.Termination)
        {
            case null:
                return;
            case TlsTerminations.Reencrypt:
                CheckCertificateConflict(tls, errors);
                break;
            case TlsTerminations.Passthrough:
                CheckPassthrough(tls, errors);
                break;
            case TlsTerminations.Edge:
                CheckEdge(tls, errors);
                break;
            default:
                errors.Add(FieldError.NotSupported(Field + ".termination", tls.Termination, Supported));
                break;
        }
    }

    private static void CheckEdge(TlsConfig tls, ICollection<FieldError> errors)
    {
        if (!string.IsNullOrEmpty(tls.DestinationCaCertificate))
        {
            errors.Add(FieldError.Invalid(Field + ".destinationCACertificate", "redacted destination ca certificate data",
                "edge termination does not support destination certificates"));
        }

        CheckCertificateConflict(tls, errors);
    }

    private static void CheckPassthrough(TlsConfig tls, ICollection<FieldError> errors)
    {
        AddIfSet(errors, tls.Certificate, "certificate", "redacted certificate data");
        AddIfSet(errors, tls.Key, "key", "redacted key data");
        var secretName = tls.ExternalCertificate?.Name;
        AddIfSet(errors, secretName, "externalCertificate", secretName);
        AddIfSet(errors, tls.CaCertificate, "caCertificate", "redacted ca certificate data");
        AddIfSet(errors, tls.DestinationCaCertificate, "destinationCACertificate", "redacted destination ca certificate data");
    }

    // The upstream SubjectAccessReview and secret lookups for externalCertificate need an authorizer
    // and a secret store; this server has neither, so only the field-level conflict is checked.
    private static void CheckCertificateConflict(TlsConfig tls, ICollection<FieldError> errors)
    {
        var secretName = tls.ExternalCertificate?.Name;
        if (!string.IsNullOrEmpty(tls.Certificate) && !string.IsNullOrEmpty(secretName))
        {
            errors.Add(FieldError.Invalid(Field + ".externalCertificate", secretName,
                "cannot specify both tls.certificate and tls.externalCertificate"));
        }
    }

    private static void AddIfSet(ICollection<FieldError> errors, string? value, string child, string? badValue)
    {
        if (!string.IsNullOrEmpty(value))
        {
            errors.Add(FieldError.Invalid(Field + "." + child, badValue, NoCertificates));
        }
    }
}
