using RouteApi.Server.RouterStatus;

namespace RouteApi.Server.Hosting;

/// <summary>
/// The router-status flags. <c>--router-name NAME</c> may be repeated, one controller per name.
/// The per-router flags take <c>VALUE</c> (every router) or <c>NAME=VALUE</c> (router NAME only,
/// which wins over a value for every router), e.g. <c>--router-domain apps.example.com
/// --router-domain internal=apps.internal</c>. A value is per-router only when the text before its
/// first <c>=</c> is one of the <c>--router-name</c>s, so a selector such as <c>shard=a</c> is a
/// value for every router unless a router is named <c>shard</c>. The switch
/// <c>--router-allow-wildcard-routes</c> takes its value only after <c>=</c>: alone it means true for
/// every router, <c>=false</c>, <c>=NAME</c> or <c>=NAME=false</c> otherwise.
/// </summary>
internal static class RouterFlags
{
    public const string Name = "--router-name";

    public const string AllowWildcardRoutes = "--router-allow-wildcard-routes";

    private static readonly Dictionary<string, string> PerRouter = new(StringComparer.Ordinal)
    {
        ["--router-domain"] = nameof(RouterOptions.Domain),
        ["--router-namespace-ownership"] = nameof(RouterOptions.NamespaceOwnership),
        ["--router-route-label-selector"] = nameof(RouterOptions.RouteLabelSelector),
        ["--router-namespace-selector"] = nameof(RouterOptions.NamespaceSelector),
        ["--router-canonical-hostname"] = nameof(RouterOptions.CanonicalHostname),
        [AllowWildcardRoutes] = nameof(RouterOptions.AllowWildcardRoutes),
    };

    /// <summary>Every router flag, <see cref="Name"/> first.</summary>
    public static IEnumerable<string> Flags => PerRouter.Keys.Prepend(Name);

    /// <summary>
    /// Takes the router flags out of <paramref name="args"/> and returns the other arguments followed
    /// by <c>--RouterStatus:Routers:N:Key=value</c> settings the configuration binder reads.
    /// </summary>
    /// <exception cref="ArgumentException">A router flag is given without any <c>--router-name</c>, or without a value.</exception>
    public static List<string> Rewrite(IReadOnlyList<string> args)
    {
        var rest = new List<string>();
        var names = new List<string>();
        var settings = new List<(string Property, string Value)>();
        for (var i = 0; i < args.Count; i++)
        {
            var (flag, value) = Split(args[i]);
            if (flag != Name && !PerRouter.ContainsKey(flag))
            {
                rest.Add(args[i]);
                continue;
            }

            if (value is null && flag != AllowWildcardRoutes)
            {
                value = i + 1 < args.Count ? args[++i] : throw new ArgumentException($"flag needs an argument: {flag}");
            }

            if (flag == Name)
            {
                names.Add(value!);
            }
            else
            {
                settings.Add((PerRouter[flag], value ?? "true"));
            }
        }

        if (names.Count == 0 && settings.Count > 0)
        {
            throw new ArgumentException("the --router-* flags need at least one --router-name");
        }

        rest.AddRange(ToConfiguration(names, settings));
        return rest;
    }

    private static IEnumerable<string> ToConfiguration(List<string> names, List<(string Property, string Value)> settings)
    {
        for (var index = 0; index < names.Count; index++)
        {
            var prefix = $"--{RouterStatusOptions.SectionName}:{nameof(RouterStatusOptions.Routers)}:{index}:";
            yield return prefix + nameof(RouterOptions.Name) + "=" + names[index];
            var values = new Dictionary<string, string>(StringComparer.Ordinal);

            // Values for every router first, so a NAME=VALUE for this router overrides them.
            foreach (var (property, value) in settings.Where(s => RouterOf(s, names) is null))
            {
                values[property] = value;
            }

            foreach (var (property, value) in settings.Where(s => RouterOf(s, names) == names[index]))
            {
                values[property] = ValueFor(property, value);
            }

            foreach (var (property, value) in values)
            {
                yield return prefix + property + "=" + value;
            }
        }
    }

    private static string? RouterOf((string Property, string Value) setting, List<string> names)
    {
        var equals = setting.Value.IndexOf('=', StringComparison.Ordinal);
        var head = equals < 0 ? setting.Value : setting.Value[..equals];

        // The wildcard switch also accepts a bare router name (=NAME meaning NAME=true).
        return names.Contains(head) && (equals >= 0 || setting.Property == nameof(RouterOptions.AllowWildcardRoutes)) ? head : null;
    }

    private static string ValueFor(string property, string value)
    {
        var equals = value.IndexOf('=', StringComparison.Ordinal);
        return equals >= 0 ? value[(equals + 1)..] : property == nameof(RouterOptions.AllowWildcardRoutes) ? "true" : value;
    }

    private static (string Flag, string? Value) Split(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? (arg, null) : (arg[..equals], arg[(equals + 1)..]);
    }
}
