using System.ComponentModel.DataAnnotations;

namespace RouteApi.Server.Security;

/// <summary>
/// Serving, authentication, authorization and limit settings, named after kube-apiserver's flags
/// (<c>--bind-address</c>, <c>--secure-port</c>, <c>--tls-cert-file</c>, <c>--token-auth-file</c>…).
/// </summary>
internal sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>The address HTTPS listens on (<c>--bind-address</c>, default 127.0.0.1).</summary>
    [Required]
    public string BindAddress { get; set; } = "127.0.0.1";

    /// <summary>The HTTPS port (<c>--secure-port</c>, default 8443).</summary>
    [Range(1, 65535)]
    public int SecurePort { get; set; } = 8443;

    /// <summary>PEM serving certificate (<c>--tls-cert-file</c>); generated in the data dir when absent.</summary>
    public string? TlsCertFile { get; set; }

    /// <summary>PEM private key of <see cref="TlsCertFile"/> (<c>--tls-private-key-file</c>).</summary>
    public string? TlsPrivateKeyFile { get; set; }

    /// <summary>Extra subject alternative names for the generated certificate (<c>--tls-sans</c>, comma-separated).</summary>
    public string? TlsSans { get; set; }

    /// <summary>kube-apiserver's static token CSV (<c>--token-auth-file</c>); generated with one admin token when absent.</summary>
    public string? TokenAuthFile { get; set; }

    /// <summary>The role bindings (<c>--authorization-policy-file</c>); without it only cluster-admins are allowed.</summary>
    public string? AuthorizationPolicyFile { get; set; }

    /// <summary>Open watches one user may hold (<c>--max-watches-per-user</c>, default 100).</summary>
    [Range(1, 1_000_000)]
    public int MaxWatchesPerUser { get; set; } = 100;

    /// <summary>How long a request other than a watch may take before it answers 504 (<c>--request-timeout</c>, default 60 s).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
