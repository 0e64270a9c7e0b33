using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace RouteApi.Server.Security;

/// <summary>
/// The HTTPS serving certificate: the configured PEM files, or a CA and a serving certificate the
/// server creates in its data dir on first start (SANs: localhost, 127.0.0.1, ::1, the host
/// name and <c>--tls-sans</c>) and reuses afterwards, renewing them only when they expire.
/// </summary>
internal static class ServingCertificate
{
    public const string CaCertFile = "ca.crt";
    public const string CaKeyFile = "ca.key";
    public const string CertFile = "serving.crt";
    public const string KeyFile = "serving.key";

    public static X509Certificate2 Load(SecurityOptions options, string dataDir, TimeProvider time)
    {
        if (!string.IsNullOrEmpty(options.TlsCertFile))
        {
            return LoadPem(options.TlsCertFile, options.TlsPrivateKeyFile ?? options.TlsCertFile);
        }

        Directory.CreateDirectory(dataDir);
        var certPath = Path.Combine(dataDir, CertFile);
        var keyPath = Path.Combine(dataDir, KeyFile);
        if (File.Exists(certPath) && File.Exists(keyPath))
        {
            var existing = LoadPem(certPath, keyPath);
            if (existing.NotAfter > time.GetUtcNow().AddDays(7).UtcDateTime)
            {
                return existing;
            }
        }

        var ca = LoadOrCreateCa(dataDir, time);
        var serving = CreateServing(ca, SubjectNames(options), time);
        SecretFiles.Write(certPath, serving.ExportCertificatePem());
        SecretFiles.Write(keyPath, serving.GetECDsaPrivateKey()!.ExportPkcs8PrivateKeyPem());
        return LoadPem(certPath, keyPath);
    }

    /// <summary>The PEM of the CA that signs the generated certificate (for kubeconfig); null when certificates are configured.</summary>
    public static string? CaPem(SecurityOptions options, string dataDir) =>
        string.IsNullOrEmpty(options.TlsCertFile) ? File.ReadAllText(Path.Combine(dataDir, CaCertFile)) : null;

    private static X509Certificate2 LoadOrCreateCa(string dataDir, TimeProvider time)
    {
        var certPath = Path.Combine(dataDir, CaCertFile);
        var keyPath = Path.Combine(dataDir, CaKeyFile);
        if (File.Exists(certPath) && File.Exists(keyPath))
        {
            var existing = LoadPem(certPath, keyPath);
            if (existing.NotAfter > time.GetUtcNow().AddDays(30).UtcDateTime)
            {
                return existing;
            }
        }

        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=RouteApi CA", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var now = time.GetUtcNow();
        using var ca = request.CreateSelfSigned(now.AddMinutes(-5), now.AddYears(10));
        SecretFiles.Write(certPath, ca.ExportCertificatePem());
        SecretFiles.Write(keyPath, key.ExportPkcs8PrivateKeyPem());
        return LoadPem(certPath, keyPath);
    }

    private static X509Certificate2 CreateServing(X509Certificate2 ca, SubjectAlternativeNameBuilder names, TimeProvider time)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=routeapi", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        request.CertificateExtensions.Add(names.Build());
        var now = time.GetUtcNow();
        var serial = RandomNumberGenerator.GetBytes(16);
        using var signed = request.Create(ca, now.AddMinutes(-5), now.AddYears(1) < ca.NotAfter ? now.AddYears(1) : ca.NotAfter, serial);
        return signed.CopyWithPrivateKey(key);
    }

    private static SubjectAlternativeNameBuilder SubjectNames(SecurityOptions options)
    {
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        names.AddIpAddress(IPAddress.IPv6Loopback);
        names.AddDnsName(Dns.GetHostName());
        foreach (var extra in (options.TlsSans ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (IPAddress.TryParse(extra, out var address))
            {
                names.AddIpAddress(address);
            }
            else
            {
                names.AddDnsName(extra);
            }
        }

        return names;
    }

    // Kestrel on Linux needs the key in the certificate object itself, not an ephemeral handle.
    private static X509Certificate2 LoadPem(string certPath, string keyPath) =>
        X509CertificateLoader.LoadPkcs12(X509Certificate2.CreateFromPemFile(certPath, keyPath).Export(X509ContentType.Pkcs12), null);
}
