using System.Security.Cryptography;
using System.Text;

namespace RouteApi.Server.Security;

/// <summary>
/// Where tokens come from: <c>--token-auth-file</c>, or, without it, an admin token the server
/// generates on first start (user <c>admin</c>, group <c>system:masters</c>) and keeps in the data
/// dir (<c>tokens.csv</c> and <c>admin.token</c>, mode 0600), with a ready kubeconfig next to them.
/// </summary>
internal static class Credentials
{
    public const string TokensFile = "tokens.csv";
    public const string AdminTokenFile = "admin.token";
    public const string KubeconfigFile = "admin.kubeconfig";

    /// <summary>The token file to read: the configured one, or the generated one (created when missing).</summary>
    public static string TokenFilePath(SecurityOptions options, string dataDir)
    {
        if (!string.IsNullOrEmpty(options.TokenAuthFile))
        {
            return options.TokenAuthFile;
        }

        var path = Path.Combine(dataDir, TokensFile);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(dataDir);
            var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            var admin = new UserInfo("admin", Guid.NewGuid().ToString(), [UserInfo.MastersGroup]);
            SecretFiles.Write(Path.Combine(dataDir, AdminTokenFile), token + "\n");
            SecretFiles.Write(path, TokenFile.Line(token, admin));
        }

        return path;
    }

    /// <summary>
    /// Writes <c>admin.kubeconfig</c> for the generated admin token (server URL, CA data when the CA
    /// is ours, token); returns its path, or null when tokens come from <c>--token-auth-file</c>.
    /// </summary>
    public static string? WriteKubeconfig(SecurityOptions options, string dataDir, Uri server, string? caPem)
    {
        var tokenPath = Path.Combine(dataDir, AdminTokenFile);
        if (!string.IsNullOrEmpty(options.TokenAuthFile) || !File.Exists(tokenPath))
        {
            return null;
        }

        var token = File.ReadAllText(tokenPath).Trim();
        var cluster = new StringBuilder($"    server: {server.ToString().TrimEnd('/')}\n");
        if (caPem is not null && server.Scheme == Uri.UriSchemeHttps)
        {
            cluster.Append($"    certificate-authority-data: {Convert.ToBase64String(Encoding.ASCII.GetBytes(caPem))}\n");
        }

        var path = Path.Combine(dataDir, KubeconfigFile);
        SecretFiles.Write(path, $"""
            apiVersion: v1
            kind: Config
            clusters:
            - name: routeapi
              cluster:
            {cluster}users:
            - name: admin
              user:
                token: {token}
            contexts:
            - name: admin@routeapi
              context:
                cluster: routeapi
                user: admin
                namespace: default
            current-context: admin@routeapi

            """);
        return Path.GetFullPath(path);
    }
}
