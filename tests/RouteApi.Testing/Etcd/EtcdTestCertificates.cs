using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace RouteApi.Testing.Etcd;

/// <summary>
/// A throwaway certificate authority with a serving certificate for 127.0.0.1 and a client
/// certificate, written as PEM files into a temporary directory (deleted on dispose).
/// </summary>
public sealed class EtcdTestCertificates : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "routeapi-etcd-certs", Guid.NewGuid().ToString("N"));

    public EtcdTestCertificates()
    {
        Directory.CreateDirectory(_directory);
        var now = DateTimeOffset.UtcNow;
        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var caRequest = new CertificateRequest("CN=RouteApi test CA", caKey, HashAlgorithmName.SHA256);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        using var ca = caRequest.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));
        CaFile = Write("ca.pem", ca.ExportCertificatePem());

        (ServerCertFile, ServerKeyFile) = Issue(ca, "server", "CN=127.0.0.1", "1.3.6.1.5.5.7.3.1", san: true);
        (ClientCertFile, ClientKeyFile) = Issue(ca, "client", "CN=routeapi", "1.3.6.1.5.5.7.3.2", san: false);
    }

    public string CaFile { get; }

    public string ServerCertFile { get; }

    public string ServerKeyFile { get; }

    public string ClientCertFile { get; }

    public string ClientKeyFile { get; }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private (string Cert, string Key) Issue(X509Certificate2 ca, string name, string subject, string usage, bool san)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(usage)], false));
        if (san)
        {
            var names = new SubjectAlternativeNameBuilder();
            names.AddIpAddress(IPAddress.Loopback);
            request.CertificateExtensions.Add(names.Build());
        }

        var serial = RandomNumberGenerator.GetBytes(12);
        using var certificate = request.Create(ca, ca.NotBefore, ca.NotAfter.AddMinutes(-1), serial);
        return (Write($"{name}.pem", certificate.ExportCertificatePem()), Write($"{name}-key.pem", key.ExportPkcs8PrivateKeyPem()));
    }

    private string Write(string name, string pem)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, pem);
        return path;
    }
}
