using RouteApi.Core.Model;

namespace RouteApi.Core.Validation;

/// <summary>
/// The <c>routes/custom-host</c> permission rules (route-semantics §2.11): who may set or change
/// <c>spec.host</c>, <c>spec.subdomain</c> and certificates. The caller answers the access checks
/// (<c>create</c> or <c>update</c> on <c>routes/custom-host</c> in the route's namespace); errors
/// come back as field errors, so the server answers 422 like the other validation errors.
/// </summary>
public static class HostPermissions
{
    private const string HostMessage = "you do not have permission to set the host field of the route";
    private const string SubdomainMessage = "you do not have permission to set the subdomain field of the route";
    private const string CertificatesMessage = "you do not have permission to set certificate fields on the route";

    /// <summary>
    /// Create: a host or certificates chosen by the client need <c>create</c> on custom-host.
    /// Call it before the server generates a host; a generated host needs no permission.
    /// </summary>
    public static IReadOnlyList<FieldError> ValidateCreate(Route route, Func<string, bool> allowed)
    {
        var hostSet = !string.IsNullOrEmpty(route.Spec.Host);
        if ((!hostSet && !HasCertificates(route.Spec.Tls) && string.IsNullOrEmpty(route.Spec.Tls?.ExternalCertificate?.Name)) || allowed("create"))
        {
            return [];
        }

        return hostSet
            ? [FieldError.Forbidden("spec.host", HostMessage)]
            : [FieldError.Forbidden("spec.tls", CertificatesMessage)];
    }

    /// <summary>
    /// Update: changing the host or subdomain needs <c>update</c> on custom-host; changing
    /// certificates needs <c>update</c>, or <c>create</c> when host and subdomain stay. Removing
    /// certificates needs nothing.
    /// </summary>
    public static IReadOnlyList<FieldError> ValidateUpdate(Route route, Route old, Func<string, bool> allowed)
    {
        var hostChanged = (route.Spec.Host ?? string.Empty) != (old.Spec.Host ?? string.Empty);
        var subdomainChanged = (route.Spec.Subdomain ?? string.Empty) != (old.Spec.Subdomain ?? string.Empty);
        if ((!hostChanged && !subdomainChanged && !CertificatesChanged(route.Spec.Tls, old.Spec.Tls)) || allowed("update"))
        {
            return [];
        }

        if (hostChanged)
        {
            return [FieldError.Invalid("spec.host", route.Spec.Host ?? string.Empty, HostMessage)];
        }

        if (subdomainChanged)
        {
            return [FieldError.Invalid("spec.subdomain", route.Spec.Subdomain ?? string.Empty, SubdomainMessage)];
        }

        return allowed("create") ? [] : CertificateErrors(route.Spec.Tls, old.Spec.Tls);
    }

    // Certificates are never echoed back in errors: the value is the same redacted text the TLS rules use.
    private static List<FieldError> CertificateErrors(TlsConfig? tls, TlsConfig? old)
    {
        if (tls is null || old is null)
        {
            return [FieldError.Invalid("spec.tls", "redacted tls data", CertificatesMessage)];
        }

        var errors = new List<FieldError>();
        AddIfChanged(errors, "caCertificate", "redacted ca certificate data", tls.CaCertificate, old.CaCertificate);
        AddIfChanged(errors, "certificate", "redacted certificate data", tls.Certificate, old.Certificate);
        AddIfChanged(errors, "destinationCACertificate", "redacted destination ca certificate data", tls.DestinationCaCertificate, old.DestinationCaCertificate);
        AddIfChanged(errors, "key", "redacted key data", tls.Key, old.Key);
        if (tls.ExternalCertificate is not null && old.ExternalCertificate is not null)
        {
            errors.Add(FieldError.Invalid("spec.tls.externalCertificate", tls.ExternalCertificate.Name ?? string.Empty, CertificatesMessage));
        }

        return errors;
    }

    private static void AddIfChanged(List<FieldError> errors, string field, string redacted, string? value, string? old)
    {
        if ((value ?? string.Empty) != (old ?? string.Empty))
        {
            errors.Add(FieldError.Invalid("spec.tls." + field, redacted, CertificatesMessage));
        }
    }

    // Removing certificate information never needs permission; adding or changing it does.
    private static bool CertificatesChanged(TlsConfig? tls, TlsConfig? old) => (tls, old) switch
    {
        ({ } now, _) when !HasCertificates(now) && now.ExternalCertificate is null => false,
        ({ } now, null) => true,
        ({ } now, { } before) => now.CaCertificate != before.CaCertificate || now.Certificate != before.Certificate
            || now.DestinationCaCertificate != before.DestinationCaCertificate || now.Key != before.Key || now.ExternalCertificate is not null,
        _ => false,
    };

    private static bool HasCertificates(TlsConfig? tls) =>
        tls is not null && !(string.IsNullOrEmpty(tls.Certificate) && string.IsNullOrEmpty(tls.Key)
            && string.IsNullOrEmpty(tls.CaCertificate) && string.IsNullOrEmpty(tls.DestinationCaCertificate));
}
