using System.ComponentModel.DataAnnotations;

namespace RouteApi.Server.Hosting;

/// <summary>
/// Which store the server uses (<c>--storage-backend</c>) and the etcd connection flags, named as
/// kube-apiserver names them (<c>--etcd-servers</c>, <c>--etcd-prefix</c>, <c>--etcd-cafile</c>…).
/// </summary>
internal sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public const string Sqlite = "sqlite";

    public const string Etcd = "etcd";

    /// <summary><c>sqlite</c> (the embedded store in <c>--data-dir</c>, default) or <c>etcd</c>.</summary>
    [Required]
    [RegularExpression("^(?i)(sqlite|etcd)$", ErrorMessage = "--storage-backend must be sqlite or etcd")]
    public string Backend { get; set; } = Sqlite;

    /// <summary>The key prefix of every stored object (<c>--etcd-prefix</c>, default <c>/registry</c>).</summary>
    [Required]
    [RegularExpression("^/[^/].*[^/]$|^/[^/]$", ErrorMessage = "--etcd-prefix must start with '/' and not end with '/'")]
    public string Prefix { get; set; } = "/registry";

    /// <summary>Comma-separated etcd client URLs (<c>--etcd-servers</c>); required with the etcd backend.</summary>
    public string? EtcdServers { get; set; }

    /// <summary>CA bundle that signs the etcd servers' certificates (<c>--etcd-cafile</c>).</summary>
    public string? EtcdCaFile { get; set; }

    /// <summary>Client certificate for etcd (<c>--etcd-certfile</c>).</summary>
    public string? EtcdCertFile { get; set; }

    /// <summary>Client key for etcd (<c>--etcd-keyfile</c>).</summary>
    public string? EtcdKeyFile { get; set; }

    /// <summary>How long one etcd request may take (<c>--etcd-request-timeout</c>, default 10 s).</summary>
    public TimeSpan EtcdRequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public bool UsesEtcd => string.Equals(Backend, Etcd, StringComparison.OrdinalIgnoreCase);
}
