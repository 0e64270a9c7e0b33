using System.Globalization;
using RouteApi.Server.RouterStatus;
using RouteApi.Server.Security;
using RouteApi.Storage.Compaction;

namespace RouteApi.Server.Hosting;

/// <summary>
/// Every server option, in the order <c>--help</c> lists them. This table is the one source of the
/// flags: the command-line mapping, the <c>ROUTEAPI_*</c> environment variables, the
/// <c>--config</c> file keys and the help text are all derived from it, so a new option is added here only.
/// </summary>
internal static class CommandLineOptions
{
    /// <summary>The flag and the key <c>--config</c> reads the configuration file from.</summary>
    public const string ConfigFlag = "--config";

    /// <summary>ASP.NET Core's listen URLs; the configuration key <c>urls</c> the host reads itself.</summary>
    public const string UrlsFlag = "--urls";

    public static readonly IReadOnlyList<OptionDescriptor> All =
    [
        new(ConfigFlag, null, string.Empty, "A YAML or JSON file of options keyed by flag name without dashes (data-dir: /var/lib/routeapi); a list gives a repeatable flag several values. Flags and ROUTEAPI_* variables win over it.", OptionKind.Text),
        new(UrlsFlag, "urls", string.Empty, "Listen URLs (e.g. http://0.0.0.0:8080), semicolon-separated; when set they replace the HTTPS listener of --bind-address and --secure-port. Plain HTTP is for a trusted network or a TLS-terminating proxy only.", OptionKind.Text),
        new("--log-format", Key(RouteApiOptions.SectionName, nameof(RouteApiOptions.LogFormat)), Default<RouteApiOptions>(nameof(RouteApiOptions.LogFormat)), "Console log format: text (readable) or json (one JSON object per line).", OptionKind.Text),
        new("--log-level", "Logging:LogLevel:Default", "Information", "The lowest level logged by categories without their own Logging:LogLevel:<category> setting: Trace, Debug, Information, Warning, Error, Critical or None.", OptionKind.Text),
        Bound<RouteApiOptions>("--data-dir", RouteApiOptions.SectionName, nameof(RouteApiOptions.DataDir), "Directory of the embedded store and of the files the server generates (CA, serving certificate, admin token and kubeconfig)."),
        Bound<RouteApiOptions>("--route-host-suffix", RouteApiOptions.SectionName, nameof(RouteApiOptions.RouteHostSuffix), "Suffix of the host generated for a route without spec.host: <name>-<namespace>.<suffix>."),
        Bound<StorageOptions>("--storage-backend", StorageOptions.SectionName, nameof(StorageOptions.Backend), "Where routes are stored: sqlite (embedded, in --data-dir, one server) or etcd (shared by any number of replicas)."),
        Bound<StorageOptions>("--etcd-servers", StorageOptions.SectionName, nameof(StorageOptions.EtcdServers), "Comma-separated etcd client URLs; required with --storage-backend etcd."),
        Bound<StorageOptions>("--etcd-prefix", StorageOptions.SectionName, nameof(StorageOptions.Prefix), "Key prefix of everything stored; each installation sharing an etcd needs its own."),
        Bound<StorageOptions>("--etcd-cafile", StorageOptions.SectionName, nameof(StorageOptions.EtcdCaFile), "PEM CA bundle that signs the etcd members' serving certificates."),
        Bound<StorageOptions>("--etcd-certfile", StorageOptions.SectionName, nameof(StorageOptions.EtcdCertFile), "PEM client certificate for etcd."),
        Bound<StorageOptions>("--etcd-keyfile", StorageOptions.SectionName, nameof(StorageOptions.EtcdKeyFile), "PEM private key of --etcd-certfile."),
        Bound<StorageOptions>("--etcd-request-timeout", StorageOptions.SectionName, nameof(StorageOptions.EtcdRequestTimeout), "Deadline of every etcd call; a request that hits it answers 503."),
        Bound<CompactionOptions>("--compaction-interval", CompactionOptions.SectionName, nameof(CompactionOptions.Interval), "How often old revisions are compacted; each run keeps at least one interval of history. 0 turns compaction off."),
        Bound<CompactionOptions>("--compaction-min-retain", CompactionOptions.SectionName, nameof(CompactionOptions.MinRetain), "The newest revisions never compacted, whatever their age."),
        Bound<SecurityOptions>("--bind-address", SecurityOptions.SectionName, nameof(SecurityOptions.BindAddress), "The address HTTPS listens on (0.0.0.0 for every interface); unused with --urls."),
        Bound<SecurityOptions>("--secure-port", SecurityOptions.SectionName, nameof(SecurityOptions.SecurePort), "The HTTPS port; unused with --urls."),
        Bound<SecurityOptions>("--tls-cert-file", SecurityOptions.SectionName, nameof(SecurityOptions.TlsCertFile), "PEM serving certificate (chain); without it one is generated in --data-dir, signed by a generated CA (ca.crt)."),
        Bound<SecurityOptions>("--tls-private-key-file", SecurityOptions.SectionName, nameof(SecurityOptions.TlsPrivateKeyFile), "PEM private key of --tls-cert-file."),
        Bound<SecurityOptions>("--tls-sans", SecurityOptions.SectionName, nameof(SecurityOptions.TlsSans), "Comma-separated extra DNS names and IP addresses for the generated serving certificate."),
        Bound<SecurityOptions>("--token-auth-file", SecurityOptions.SectionName, nameof(SecurityOptions.TokenAuthFile), "kube-apiserver's static token CSV (token,user,uid,\"group1,group2\"); without it an admin token is generated in --data-dir."),
        Bound<SecurityOptions>("--authorization-policy-file", SecurityOptions.SectionName, nameof(SecurityOptions.AuthorizationPolicyFile), "YAML role bindings (roles view, edit, admin, cluster-admin); without it only system:masters may do anything."),
        Bound<SecurityOptions>("--max-watches-per-user", SecurityOptions.SectionName, nameof(SecurityOptions.MaxWatchesPerUser), "Open watches one user may hold; one more answers 429."),
        Bound<SecurityOptions>("--request-timeout", SecurityOptions.SectionName, nameof(SecurityOptions.RequestTimeout), "How long a request other than a watch may take before it answers 504."),
        Bound<ShutdownOptions>("--shutdown-delay-duration", ShutdownOptions.SectionName, nameof(ShutdownOptions.DelayDuration), "After SIGTERM, how long /readyz fails while everything is still served, so load balancers stop sending requests before the server stops accepting."),
        Bound<ShutdownOptions>("--shutdown-grace-period", ShutdownOptions.SectionName, nameof(ShutdownOptions.GracePeriod), "The whole shutdown after SIGTERM (delay, closing watches, finishing requests) must end within this; it must be longer than --shutdown-delay-duration."),
        new(RouterFlags.Name, null, string.Empty, "Run the router-status controller of router NAME (repeatable, one controller each); it writes status.ingress as openshift-router would.", OptionKind.Repeatable),
        Router("--router-domain", nameof(RouterOptions.Domain), "[NAME=]DOMAIN completing spec.subdomain."),
        Router("--router-namespace-ownership", nameof(RouterOptions.NamespaceOwnership), "[NAME=]strict|inter-namespace-allowed: whether routes of one host may span namespaces."),
        Router("--router-route-label-selector", nameof(RouterOptions.RouteLabelSelector), "[NAME=]SELECTOR choosing the routes of this shard."),
        Router("--router-namespace-selector", nameof(RouterOptions.NamespaceSelector), "[NAME=]SELECTOR over namespaces (kubernetes.io/metadata.name=<name>)."),
        Router("--router-canonical-hostname", nameof(RouterOptions.CanonicalHostname), "[NAME=]HOSTNAME written to routerCanonicalHostname."),
        Router(RouterFlags.AllowWildcardRoutes, nameof(RouterOptions.AllowWildcardRoutes), "Admit wildcardPolicy Subdomain routes; alone true for every router, or =false, =NAME, =NAME=false."),
    ];

    /// <summary>The flags that set one configuration key each, for the command-line configuration provider.</summary>
    public static readonly Dictionary<string, string> SwitchMappings = All
        .Where(o => o.ConfigKey is not null)
        .ToDictionary(o => o.Flag, o => o.ConfigKey!, StringComparer.Ordinal);

    private static readonly Dictionary<string, OptionDescriptor> ByFlag = All.ToDictionary(o => o.Flag, StringComparer.Ordinal);

    /// <summary>The option of <paramref name="flag"/> (<c>--data-dir</c>), or null.</summary>
    public static OptionDescriptor? Find(string flag) => ByFlag.GetValueOrDefault(flag);

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
            if (Find(flag)?.Kind != OptionKind.Duration)
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

    private static OptionDescriptor Bound<TOptions>(string flag, string section, string property, string description)
        where TOptions : new()
    {
        var kind = typeof(TOptions).GetProperty(property)!.PropertyType == typeof(TimeSpan) ? OptionKind.Duration : OptionKind.Text;
        return new(flag, Key(section, property), Default<TOptions>(property), description, kind);
    }

    private static OptionDescriptor Router(string flag, string property, string description) =>
        new(flag, null, Default<RouterOptions>(property), description + " Repeatable; needs --router-name.",
            flag == RouterFlags.AllowWildcardRoutes ? OptionKind.RepeatableSwitch : OptionKind.Repeatable);

    private static string Key(string section, string property) => section + ":" + property;

    /// <summary>The default an options class gives <paramref name="property"/>, read from a new instance so help never disagrees with it.</summary>
    private static string Default<TOptions>(string property)
        where TOptions : new() =>
        typeof(TOptions).GetProperty(property)!.GetValue(new TOptions()) switch
        {
            null => string.Empty,
            TimeSpan duration => GoDuration.Format(duration),
            bool flag => flag ? "true" : "false",
            IFormattable value => value.ToString(null, CultureInfo.InvariantCulture),
            var value => value.ToString() ?? string.Empty,
        };
}
