using System.Net;
using System.Security.Cryptography.X509Certificates;

namespace RouteApi.Server.Tests.Process;

/// <summary>The server started as it runs out of the box: HTTPS with a generated CA, an admin token and kubeconfig.</summary>
public sealed class HttpsDefaultTests : IDisposable
{
    private const string RoutesPath = "/apis/route.openshift.io/v1/namespaces/default/routes";

    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "routeapi-https-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task DefaultStart_GeneratesAServingCertificateWithTheSubjectAlternativeNames()
    {
        var ct = TestContext.Current.CancellationToken;

        await using var server = await ServerProcess.StartSecureAsync(_dataDir, ct, "--tls-sans", "routeapi.example.com, 10.1.2.3");

        using var serving = X509Certificate2.CreateFromPem(File.ReadAllText(Path.Combine(_dataDir, "serving.crt")));
        var names = serving.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single();
        Assert.Equal(
            new[] { "localhost", Dns.GetHostName(), "routeapi.example.com" }.Order(),
            names.EnumerateDnsNames().Order());
        Assert.Equal(
            new[] { IPAddress.Loopback, IPAddress.IPv6Loopback, IPAddress.Parse("10.1.2.3") }.Select(a => a.ToString()).Order(),
            names.EnumerateIPAddresses().Select(a => a.ToString()).Order());
        Assert.True(ChainsTo(serving, File.ReadAllText(Path.Combine(_dataDir, "ca.crt"))));
    }

    [Fact]
    public async Task DefaultStart_ServesHttpsTrustedThroughTheGeneratedCa()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await ServerProcess.StartSecureAsync(_dataDir, ct);
        var ca = File.ReadAllText(Path.Combine(_dataDir, "ca.crt"));
        using var admin = server.CreateClient(AdminToken(), ca);
        using var anonymous = server.CreateClient(null, ca);

        using var list = await admin.GetAsync(RoutesPath, ct);
        using var refused = await anonymous.GetAsync(RoutesPath, ct);
        using var health = await anonymous.GetAsync("/healthz", ct);

        Assert.Equal("https", server.BaseAddress.Scheme);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task DefaultStart_WritesAnOwnerOnlyKubeconfigAndLogsItsPathButNeverTheToken()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await ServerProcess.StartSecureAsync(_dataDir, ct);

        var line = await server.WaitForOutputAsync("Admin kubeconfig written to", ct);

        var kubeconfig = Path.Combine(_dataDir, "admin.kubeconfig");
        Assert.Contains(Path.GetFullPath(kubeconfig), line, StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, OwnerMode(kubeconfig));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, OwnerMode(Path.Combine(_dataDir, "admin.token")));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, OwnerMode(Path.Combine(_dataDir, "ca.key")));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, OwnerMode(Path.Combine(_dataDir, "serving.key")));
        var text = File.ReadAllText(kubeconfig);
        Assert.Contains($"server: {server.BaseAddress.ToString().TrimEnd('/')}", text, StringComparison.Ordinal);
        Assert.Contains("certificate-authority-data: " + Convert.ToBase64String(File.ReadAllBytes(Path.Combine(_dataDir, "ca.crt"))), text, StringComparison.Ordinal);
        Assert.Contains("token: " + AdminToken(), text, StringComparison.Ordinal);
        Assert.True(AdminToken().Length >= 40, "the generated token is too short to be strong");
        Assert.DoesNotContain(AdminToken(), server.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_ReusesTheCertificatesAndTheToken()
    {
        var ct = TestContext.Current.CancellationToken;
        string firstServed;
        await using (var first = await ServerProcess.StartSecureAsync(_dataDir, ct))
        {
            firstServed = await ServedThumbprintAsync(first, ct);
        }

        var files = new[] { "ca.crt", "ca.key", "serving.crt", "serving.key", "admin.token", "tokens.csv" }.ToDictionary(f => f, f => File.ReadAllText(Path.Combine(_dataDir, f)));

        await using var second = await ServerProcess.StartSecureAsync(_dataDir, ct);

        Assert.Equal(firstServed, await ServedThumbprintAsync(second, ct));
        foreach (var (file, content) in files)
        {
            Assert.True(content == File.ReadAllText(Path.Combine(_dataDir, file)), $"{file} changed on restart");
        }

        using var admin = second.CreateClient(AdminToken(), files["ca.crt"]);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(RoutesPath, ct)).StatusCode);
    }

    [Fact]
    public async Task ExplicitCertificateFiles_AreServedInsteadOfGeneratedOnes()
    {
        var ct = TestContext.Current.CancellationToken;
        Directory.CreateDirectory(_dataDir);
        var (caPem, certPem, keyPem) = TestCertificates.CaAndServing("127.0.0.1");
        var certFile = Path.Combine(_dataDir, "own.crt");
        var keyFile = Path.Combine(_dataDir, "own.key");
        File.WriteAllText(certFile, certPem);
        File.WriteAllText(keyFile, keyPem);

        await using var server = await ServerProcess.StartSecureAsync(_dataDir, ct, "--tls-cert-file", certFile, "--tls-private-key-file", keyFile);

        using var expected = X509Certificate2.CreateFromPem(certPem);
        Assert.Equal(expected.Thumbprint, await ServedThumbprintAsync(server, ct));
        Assert.False(File.Exists(Path.Combine(_dataDir, "serving.crt")));
        using var admin = server.CreateClient(AdminToken(), caPem);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(RoutesPath, ct)).StatusCode);
    }

    [Fact]
    public async Task PlainHttpUrls_LogAWarning()
    {
        var ct = TestContext.Current.CancellationToken;

        await using var server = await ServerProcess.StartAsync(_dataDir, ct);

        var warning = await server.WaitForOutputAsync("Serving plain HTTP", ct);
        Assert.Contains(server.BaseAddress.Authority, warning, StringComparison.Ordinal);
        Assert.Contains("warn", server.Output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataDir))
        {
            Directory.Delete(_dataDir, recursive: true);
        }
    }

    private static UnixFileMode OwnerMode(string path) =>
        OperatingSystem.IsWindows() ? throw new PlatformNotSupportedException("file modes are checked on Unix") : File.GetUnixFileMode(path);

    private string AdminToken() => File.ReadAllText(Path.Combine(_dataDir, "admin.token")).Trim();

    private static bool ChainsTo(X509Certificate2 certificate, string caPem)
    {
        using var ca = X509Certificate2.CreateFromPem(caPem);
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(ca);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(certificate);
    }

    private static async Task<string> ServedThumbprintAsync(ServerProcess server, CancellationToken ct)
    {
        string? thumbprint = null;
        using var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) =>
            {
                thumbprint = certificate?.Thumbprint;
                return true;
            },
        };
        using var client = new HttpClient(handler) { BaseAddress = server.BaseAddress };
        using var response = await client.GetAsync("/livez", ct);
        return thumbprint ?? throw new InvalidOperationException("no certificate was served");
    }
}
