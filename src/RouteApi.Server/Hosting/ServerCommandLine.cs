using System.Collections;

namespace RouteApi.Server.Hosting;

/// <summary>
/// Reads the server's options from flags, <c>ROUTEAPI_*</c> environment variables and the
/// <c>--config</c> file, in that precedence (then the defaults): for each option the values of the
/// first source that sets it are used, all of them for a repeatable flag. Unknown flags and
/// arguments fail, as kube-apiserver's do, so a misspelt flag never starts a server without its setting.
/// </summary>
internal static class ServerCommandLine
{
    /// <summary>
    /// ASP.NET Core host settings that stay accepted as flags. Configuration keys are accepted too
    /// (<c>--Section:Key=value</c>, <c>--RouteApi=</c>, <c>--http_ports</c>): ASP.NET Core's own
    /// command-line syntax, which WebApplicationFactory also uses to pass its settings.
    /// </summary>
    private static readonly HashSet<string> HostFlags = new(StringComparer.OrdinalIgnoreCase) { "--environment", "--contentRoot", "--applicationName", "--webroot" };

    /// <summary>
    /// Prints help (exit code 0) or the reason the arguments are wrong (exit code 1), or returns the
    /// arguments to start with: the flags of every source, lowest precedence first, then <paramref name="args"/>.
    /// </summary>
    public static (int? ExitCode, string[] Arguments) Parse(string[] args, IDictionary environment, TextWriter output, TextWriter error)
    {
        try
        {
            if (!TryScan(args, out var given))
            {
                HelpText.Write(output);
                return (0, []);
            }

            string[] arguments = [.. Merge(args, given, environment)];
            _ = CommandLineOptions.Normalize(arguments);
            return (null, arguments);
        }
        catch (ArgumentException e)
        {
            error.WriteLine("Error: " + e.Message);
            error.WriteLine("Run with --help for the options.");
            return (1, []);
        }
    }

    /// <summary>Checks every argument; false when help was asked for. <paramref name="given"/> gets each option flag used.</summary>
    private static bool TryScan(string[] args, out HashSet<string> given)
    {
        given = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg is "-h" or "--help")
            {
                return false;
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException(arg.StartsWith('-') ? $"unknown shorthand flag: {arg}" : $"unexpected argument \"{arg}\": the server takes flags only");
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var flag = equals < 0 ? arg : arg[..equals];
            var option = CommandLineOptions.Find(flag);
            if (option is null && !HostFlags.Contains(flag) && !IsConfigurationKey(flag))
            {
                throw new ArgumentException($"unknown flag: {flag}");
            }

            if (equals < 0 && (option is null || option.TakesValue))
            {
                i = i + 1 < args.Length ? i + 1 : throw new ArgumentException($"flag needs an argument: {flag}");
            }

            if (option is not null)
            {
                given.Add(option.Flag);
            }
        }

        return true;
    }

    /// <summary>
    /// Flags are lower-case kebab-case; a name with a capital, <c>:</c> or <c>_</c> is a
    /// configuration key, so a misspelt flag is still refused.
    /// </summary>
    private static bool IsConfigurationKey(string flag) => flag.Skip(2).Any(c => char.IsUpper(c) || c is ':' or '_');

    private static IEnumerable<string> Merge(string[] args, HashSet<string> given, IDictionary environment)
    {
        var fromEnvironment = OptionSources.FromEnvironment(environment);
        var configFile = ConfigFilePath(args, fromEnvironment);
        var fromFile = configFile is null ? [] : OptionSources.FromFile(configFile);
        var setByEnvironment = fromEnvironment.Select(s => s.Option.Flag).ToHashSet(StringComparer.Ordinal);

        // Later arguments win in the configuration provider, but a repeatable flag adds up, so each
        // option is taken from one source only: the one of highest precedence that sets it.
        var fileArguments = fromFile.Where(s => !given.Contains(s.Option.Flag) && !setByEnvironment.Contains(s.Option.Flag));
        var environmentArguments = fromEnvironment.Where(s => !given.Contains(s.Option.Flag) && s.Option.Flag != CommandLineOptions.ConfigFlag);
        return fileArguments.Concat(environmentArguments)
            .SelectMany(s => s.Values.Select(value => s.Option.Flag + "=" + value))
            .Concat(args);
    }

    private static string? ConfigFilePath(string[] args, List<(OptionDescriptor Option, List<string> Values)> fromEnvironment)
    {
        string? path = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == CommandLineOptions.ConfigFlag && i + 1 < args.Length)
            {
                path = args[++i];
            }
            else if (args[i].StartsWith(CommandLineOptions.ConfigFlag + "=", StringComparison.Ordinal))
            {
                path = args[i][(CommandLineOptions.ConfigFlag.Length + 1)..];
            }
        }

        return path ?? fromEnvironment.Where(s => s.Option.Flag == CommandLineOptions.ConfigFlag).Select(s => s.Values[^1]).FirstOrDefault();
    }
}
