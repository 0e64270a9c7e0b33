using System.Collections;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RouteApi.Server.Hosting;

/// <summary>
/// Reads option values from the two sources besides the command line: <c>ROUTEAPI_*</c> environment
/// variables and a <c>--config</c> file. Both yield flag values, so durations and router flags are
/// parsed exactly as on the command line.
/// </summary>
internal static class OptionSources
{
    /// <summary>Separates the values of a repeatable flag in one environment variable (selectors hold commas, never semicolons).</summary>
    public const char ValueSeparator = ';';

    /// <summary>
    /// The options set by <c>ROUTEAPI_*</c> variables (see <see cref="OptionDescriptor.EnvironmentVariable"/>).
    /// An empty variable counts as unset, so an image's default can be cleared. Other variables with
    /// the prefix are ignored, not refused: Kubernetes injects <c>ROUTEAPI_SERVICE_HOST</c>,
    /// <c>ROUTEAPI_PORT</c>… into every pod of a namespace with a Service named <c>routeapi</c>.
    /// </summary>
    public static List<(OptionDescriptor Option, List<string> Values)> FromEnvironment(IDictionary environment)
    {
        var byVariable = CommandLineOptions.All.ToDictionary(o => o.EnvironmentVariable, StringComparer.Ordinal);
        var result = new List<(OptionDescriptor, List<string>)>();
        foreach (var (name, option) in byVariable.Where(v => environment.Contains(v.Key)))
        {
            var value = environment[name] as string ?? string.Empty;
            List<string> values = option.IsRepeatable
                ? [.. value.Split(ValueSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]
                : value.Length == 0 ? [] : [value];
            if (values.Count > 0)
            {
                result.Add((option, values));
            }
        }

        return result;
    }

    /// <summary>
    /// The options a YAML (or JSON, which is YAML too) file sets: a mapping from flag names without
    /// dashes to a value, or to a list of values for a repeatable flag.
    /// </summary>
    /// <exception cref="ArgumentException">The file cannot be read or parsed, or names an unknown option.</exception>
    public static List<(OptionDescriptor Option, List<string> Values)> FromFile(string path)
    {
        YamlStream yaml = [];
        try
        {
            using var reader = File.OpenText(path);
            yaml.Load(reader);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or YamlException)
        {
            throw new ArgumentException($"config file {path}: {e.Message}", e);
        }

        if (yaml.Documents.Count == 0)
        {
            return [];
        }

        if (yaml.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new ArgumentException($"config file {path}: expected a mapping of option names to values");
        }

        return [.. root.Children.Select(entry => Entry(path, entry.Key, entry.Value))];
    }

    private static (OptionDescriptor Option, List<string> Values) Entry(string path, YamlNode key, YamlNode value)
    {
        var name = (key as YamlScalarNode)?.Value ?? string.Empty;
        var option = CommandLineOptions.Find("--" + name);
        if (option is null || option.Flag == CommandLineOptions.ConfigFlag)
        {
            throw new ArgumentException($"config file {path}: unknown option \"{name}\" (keys are flag names without dashes, see --help)");
        }

        List<string> values = value switch
        {
            YamlScalarNode scalar => [scalar.Value ?? string.Empty],
            YamlSequenceNode sequence when option.IsRepeatable && sequence.All(n => n is YamlScalarNode) =>
                [.. sequence.Cast<YamlScalarNode>().Select(n => n.Value ?? string.Empty)],
            _ => throw new ArgumentException($"config file {path}: \"{name}\" takes {(option.IsRepeatable ? "a value or a list of values" : "one value")}"),
        };
        return (option, values);
    }
}
