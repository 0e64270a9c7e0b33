using System.Security.Cryptography.X509Certificates;

namespace RouteApi.Core.Admission;

/// <summary>
/// The router refuses CA-signed certificates with weak signature algorithms (HAProxy would not
/// start with them); self-signed roots are exempt because many still use SHA1.
/// </summary>
internal static class SignatureAlgorithms
{
    private static readonly Dictionary<string, string> Weak = new(StringComparer.Ordinal)
    {
        ["1.2.840.113549.1.1.5"] = "SHA1",
        ["1.2.840.10045.4.1"] = "SHA1",
        ["1.2.840.10040.4.3"] = "SHA1",
        ["1.2.840.113549.1.1.2"] = "MD2",
        ["1.2.840.113549.1.1.4"] = "MD5",
    };

    /// <summary>The aggregated error text for the weak certificates of <paramref name="certificates"/>, or null.</summary>
    public static string? Check(IEnumerable<X509Certificate2> certificates)
    {
        var messages = certificates
            .Where(PemMaterial.IsCaSigned)
            .Select(c => Weak.GetValueOrDefault(c.SignatureAlgorithm.Value ?? string.Empty))
            .OfType<string>()
            .Select(name => "router does not support CA-signed certs using " + name)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return messages.Count switch
        {
            0 => null,
            1 => messages[0],
            _ => "[" + string.Join(", ", messages) + "]",
        };
    }
}
