using System.Globalization;
using RouteApi.Server.Security;
using RouteApi.Storage.Compaction;

namespace RouteApi.Server.Hosting;

/// <summary>The server's command-line flags and the configuration keys they set.</summary>
internal static class CommandLineOptions
{
    public static readonly Dictionary<string, string> SwitchMappings = new(StringComparer.Ordinal)
    {
        ["--data-dir"] = RouteApiOptions.SectionName + ":" + nameof(RouteApiOptions.DataDir),
        ["--route-host-suffix"] = RouteApiOptions.SectionName + ":" + nameof(RouteApiOptions.RouteHostSuffix),
        ["--compaction-interval"] = CompactionOptions.SectionName + ":" + nameof(CompactionOptions.Interval),
        ["--compaction-min-retain"] = CompactionOptions.SectionName + ":" + nameof(CompactionOptions.MinRetain),
        ["--storage-backend"] = StorageOptions.SectionName + ":" + nameof(StorageOptions.Backend),
        ["--etcd-servers"] = StorageOptions.SectionName + ":" + nameof(StorageOptions.EtcdServers),
        ["--etcd-prefix"] = StorageOptions.SectionName + ":" + nameof(StorageOptions.Prefix),
        ["--etcd-cafile"] = StorageOptions.SectionName + ":" + nameof(StorageOptions.EtcdCaFile),
        ["--etcd-certfile"] = StorageOptions.SectionName + ":" + nameof(StorageOptions.EtcdCertFile),
        ["--etcd-keyfile"] = StorageOptions.SectionName + ":" + nameof(StorageOptions.EtcdKeyFile),
        ["--etcd-request-timeout"] = StorageOptions.SectionName + ":" + nameof(StorageOptions.EtcdRequestTimeout),
        ["--bind-address"] = SecurityOptions.SectionName + ":" + nameof(SecurityOptions.BindAddress),
        ["--secure-port"] = SecurityOptions.SectionName + ":" + nameof(SecurityOptions.SecurePort),
        ["--tls-cert-file"] = SecurityOptions.SectionName + ":" + nameof(SecurityOptions.TlsCertFile),
        ["--tls-private-key-file"] = SecurityOptions.SectionName + ":" + nameof(SecurityOptions.TlsPrivateKeyFile),
        ["--tls-sans"] = SecurityOptions.SectionName + ":" + nameof(SecurityOptions.TlsSans),
        ["--token-auth-file"] = SecurityOptions.SectionName + ":" + nameof(SecurityOptions.TokenAuthFile),
        ["--authorization-policy-file"] = SecurityOptions.SectionName + ":" + nameof(SecurityOptions.AuthorizationPolicyFile),
        ["--max-watches-per-user"] = SecurityOptions.SectionName + ":" + nameof(SecurityOptions.MaxWatchesPerUser),
        ["--request-timeout"] = SecurityOptions.SectionName + ":" + nameof(SecurityOptions.RequestTimeout),
        ["--shutdown-delay-duration"] = ShutdownOptions.SectionName + ":" + nameof(ShutdownOptions.DelayDuration),
        ["--shutdown-grace-period"] = ShutdownOptions.SectionName + ":" + nameof(ShutdownOptions.GracePeriod),
    };

    private static readonly HashSet<string> DurationFlags = new(StringComparer.Ordinal) { "--compaction-interval", "--etcd-request-timeout", "--request-timeout", "--shutdown-delay-duration", "--shutdown-grace-period" };

    /// <summary>
    /// Rewrites Go-style durations (<c>--compaction-interval 5m</c> or <c>=5m</c>) into the
    /// <c>hh:mm:ss</c> form the configuration binder reads, and the repeatable router flags into
    /// indexed <c>RouterStatus:Routers</c> settings (see <see cref="RouterFlags"/>); other arguments pass through.
    /// </summary>
    public static string[] Normalize(string[] args)
    {
        args = [.. RouterFlags.Rewrite(args)];
        var result = new List<string>(args.Length);
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var flag = equals < 0 ? arg : arg[..equals];
            if (!DurationFlags.Contains(flag))
            {
                result.Add(arg);
            }
            else if (equals >= 0)
            {
                result.Add(flag + "=" + ToConfigDuration(arg[(equals + 1)..]));
            }
            else
            {
                result.Add(arg);
                if (i + 1 < args.Length)
                {
                    result.Add(ToConfigDuration(args[++i]));
                }
            }
        }

        return [.. result];
    }

    private static string ToConfigDuration(string value) =>
        GoDuration.TryParse(value, out var duration) ? duration.ToString("c", CultureInfo.InvariantCulture) : value;
}
