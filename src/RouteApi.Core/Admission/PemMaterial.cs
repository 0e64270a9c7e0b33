using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace RouteApi.Core.Admission;

/// <summary>
/// Parsing of the PEM fields of <c>spec.tls</c> with the error texts of the Go code the router
/// runs (client-go <c>cert.ParseCertsPEM</c>, the router's <c>sanitizePEM</c>, <c>tls.X509KeyPair</c>).
/// </summary>
internal static class PemMaterial
{
    private static readonly HashSet<string> PrivateKeyTypes = new(StringComparer.Ordinal) { "RSA PRIVATE KEY", "ECDSA PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY" };
    private static readonly HashSet<string> PublicKeyTypes = new(StringComparer.Ordinal) { "PUBLIC KEY", "RSA PUBLIC KEY", "DSA PUBLIC KEY", "ECDSA PUBLIC KEY" };

    /// <summary>The CERTIFICATE blocks as certificates; the error text when one is malformed or there is none.</summary>
    public static List<X509Certificate2> ParseCertificates(string pem, out string? error)
    {
        var certificates = new List<X509Certificate2>();
        foreach (var block in PemBlock.ReadAll(pem).Where(b => b.Type == "CERTIFICATE"))
        {
            if (!TryLoadCertificate(block.Bytes, out var certificate))
            {
                error = "x509: malformed certificate";
                return [];
            }

            certificates.Add(certificate);
        }

        error = certificates.Count == 0 ? "data does not contain any valid RSA or ECDSA certificates" : null;
        return certificates;
    }

    /// <summary>
    /// The router's sanitising pass: only known block types, each of which must parse; private keys
    /// come out as <c>RSA PRIVATE KEY</c> or <c>EC PRIVATE KEY</c>, <c>EC PARAMETERS</c> is dropped.
    /// </summary>
    public static List<PemBlock> Sanitize(string pem, out string? error)
    {
        var result = new List<PemBlock>();
        foreach (var block in PemBlock.ReadAll(pem))
        {
            if (block.Type == "EC PARAMETERS")
            {
                continue;
            }

            if (block.Type == "CERTIFICATE")
            {
                if (!TryLoadCertificate(block.Bytes, out _))
                {
                    error = "x509: malformed certificate";
                    return [];
                }

                result.Add(block);
            }
            else if (PrivateKeyTypes.Contains(block.Type))
            {
                using var key = LoadPrivateKey(block.Bytes);
                if (key is null)
                {
                    error = $"block {block.Type} is not valid";
                    return [];
                }

                result.Add(block with { Type = key is RSA ? "RSA PRIVATE KEY" : "EC PRIVATE KEY" });
            }
            else if (PublicKeyTypes.Contains(block.Type))
            {
                result.Add(block with { Type = "PUBLIC KEY" });
            }
            else
            {
                error = "unrecognized PEM block " + block.Type;
                return [];
            }
        }

        error = null;
        return result;
    }

    /// <summary>
    /// Go's <c>tls.X509KeyPair</c>: the first certificate must carry the public half of the first
    /// private key. Returns the error text, or null when they pair.
    /// </summary>
    public static string? CheckKeyPair(IReadOnlyList<PemBlock> certificateBlocks, IReadOnlyList<PemBlock> keyBlocks)
    {
        var leafBlock = certificateBlocks.FirstOrDefault(b => b.Type == "CERTIFICATE");
        if (leafBlock is null)
        {
            return "tls: failed to find any PEM data in certificate input";
        }

        var keyBlock = keyBlocks.FirstOrDefault(b => b.Type == "PRIVATE KEY" || b.Type.EndsWith(" PRIVATE KEY", StringComparison.Ordinal));
        if (keyBlock is null)
        {
            return "tls: failed to find any PEM data in key input";
        }

        if (!TryLoadCertificate(leafBlock.Bytes, out var leaf))
        {
            return "x509: malformed certificate";
        }

        using (leaf)
        using (var key = LoadPrivateKey(keyBlock.Bytes))
        {
            return key switch
            {
                null => "tls: failed to parse private key",
                RSA rsa => leaf.GetRSAPublicKey() is { } publicKey ? Match(publicKey, rsa) : TypeMismatch,
                ECDsa ec => leaf.GetECDsaPublicKey() is { } publicKey ? Match(publicKey, ec) : TypeMismatch,
                _ => TypeMismatch,
            };
        }
    }

    /// <summary>True for a certificate signed by someone else (the router checks signature algorithms only on those).</summary>
    public static bool IsCaSigned(X509Certificate2 certificate)
    {
        if (!certificate.IssuerName.RawData.AsSpan().SequenceEqual(certificate.SubjectName.RawData))
        {
            return true;
        }

        var authorityKey = certificate.Extensions.OfType<X509AuthorityKeyIdentifierExtension>().FirstOrDefault()?.KeyIdentifier;
        var subjectKey = certificate.Extensions.OfType<X509SubjectKeyIdentifierExtension>().FirstOrDefault()?.SubjectKeyIdentifierBytes;
        return authorityKey is { } aki && (subjectKey is not { } ski || !aki.Span.SequenceEqual(ski.Span));
    }

    private const string TypeMismatch = "tls: private key type does not match public key type";

    private static string? Match(RSA publicKey, RSA privateKey)
    {
        using (publicKey)
        {
            var expected = publicKey.ExportParameters(false);
            var actual = privateKey.ExportParameters(false);
            return expected.Modulus.AsSpan().SequenceEqual(actual.Modulus) && expected.Exponent.AsSpan().SequenceEqual(actual.Exponent)
                ? null
                : "tls: private key does not match public key";
        }
    }

    private static string? Match(ECDsa publicKey, ECDsa privateKey)
    {
        using (publicKey)
        {
            var expected = publicKey.ExportParameters(false).Q;
            var actual = privateKey.ExportParameters(false).Q;
            return expected.X.AsSpan().SequenceEqual(actual.X) && expected.Y.AsSpan().SequenceEqual(actual.Y)
                ? null
                : "tls: private key does not match public key";
        }
    }

    private static bool TryLoadCertificate(byte[] der, out X509Certificate2 certificate)
    {
        try
        {
            certificate = X509CertificateLoader.LoadCertificate(der);
            return true;
        }
        catch (CryptographicException)
        {
            certificate = null!;
            return false;
        }
    }

    // PKCS#8, then PKCS#1 RSA, then SEC 1 EC, the order Go's X509KeyPair tries.
    private static AsymmetricAlgorithm? LoadPrivateKey(byte[] der)
    {
        foreach (var load in KeyLoaders)
        {
            var key = load(der);
            if (key is not null)
            {
                return key;
            }
        }

        return null;
    }

    private static readonly Func<byte[], AsymmetricAlgorithm?>[] KeyLoaders =
    [
        der => TryImport(RSA.Create(), k => ((RSA)k).ImportPkcs8PrivateKey(der, out _)),
        der => TryImport(ECDsa.Create(), k => ((ECDsa)k).ImportPkcs8PrivateKey(der, out _)),
        der => TryImport(RSA.Create(), k => ((RSA)k).ImportRSAPrivateKey(der, out _)),
        der => TryImport(ECDsa.Create(), k => ((ECDsa)k).ImportECPrivateKey(der, out _)),
    ];

    private static AsymmetricAlgorithm? TryImport(AsymmetricAlgorithm key, Action<AsymmetricAlgorithm> import)
    {
        try
        {
            import(key);
            return key;
        }
        catch (CryptographicException)
        {
            key.Dispose();
            return null;
        }
    }
}
