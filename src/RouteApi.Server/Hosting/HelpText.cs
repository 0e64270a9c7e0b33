namespace RouteApi.Server.Hosting;

/// <summary>The <c>--help</c> text, generated from <see cref="CommandLineOptions.All"/>.</summary>
internal static class HelpText
{
    public static void Write(TextWriter output)
    {
        output.WriteLine("RouteApi: a Kubernetes-style API server for OpenShift Route resources (route.openshift.io/v1).");
        output.WriteLine();
        output.WriteLine("Usage: dotnet RouteApi.Server.dll [flags]");
        output.WriteLine();
        output.WriteLine("Each option is also read from an environment variable (ROUTEAPI_ and the flag name upper-cased,");
        output.WriteLine("'-' as '_': ROUTEAPI_DATA_DIR) and from the --config file (the flag name without dashes as key:");
        output.WriteLine("data-dir: /var/lib/routeapi). Precedence: flags, then environment, then config file, then defaults.");
        output.WriteLine($"Durations use Go syntax (90s, 5m, 1h30m). A repeatable flag takes several values separated by '{OptionSources.ValueSeparator}'");
        output.WriteLine("in its variable, or a list in the file. Log levels per category: Logging__LogLevel__<category>=Debug.");
        output.WriteLine();
        output.WriteLine("Flags:");
        output.WriteLine("  -h, --help");
        output.WriteLine("        Print this help and exit.");
        foreach (var option in CommandLineOptions.All)
        {
            var value = option.Kind switch
            {
                OptionKind.Duration => " duration",
                OptionKind.RepeatableSwitch => "[=value]",
                _ => " value",
            };
            var defaultValue = option.Default.Length > 0 ? $" (default {option.Default})" : string.Empty;
            output.WriteLine($"  {option.Flag}{value}    env {option.EnvironmentVariable}{defaultValue}");
            output.WriteLine("        " + option.Description);
        }
    }
}
