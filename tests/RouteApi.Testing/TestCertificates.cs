namespace RouteApi.Testing;

/// <summary>
/// The example certificates (test material only): a CA, a serving certificate and key for
/// <c>www.example.com</c> signed by it, a <c>backend.internal</c> certificate and key, and a key
/// that matches no certificate.
/// </summary>
public static class TestCertificates
{
    /// <summary>The example CA certificate.</summary>
    public static string CaCertificate => Read("ca.crt");

    /// <summary>The certificate of <c>www.example.com</c>, signed by the CA.</summary>
    public static string ServingCertificate => Read("www.example.com.crt");

    /// <summary>The key of <see cref="ServingCertificate"/>.</summary>
    public static string ServingKey => Read("www.example.com.key");

    /// <summary>The certificate of <c>backend.internal</c>, signed by the CA.</summary>
    public static string BackendCertificate => Read("backend.crt");

    /// <summary>A key that matches no certificate.</summary>
    public static string UnrelatedKey => Read("unrelated.key");

    private static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "certs", name));
}
