namespace RouteApi.Server.Hosting;

/// <summary>How a flag takes its value.</summary>
internal enum OptionKind
{
    /// <summary>One value; the last one given wins.</summary>
    Text,

    /// <summary>One Go-style duration (<c>90s</c>, <c>5m</c>, <c>1h30m</c>).</summary>
    Duration,

    /// <summary>May be given several times (the <c>--router-*</c> flags); every value counts.</summary>
    Repeatable,

    /// <summary>A repeatable switch: alone it means true, a value only after <c>=</c>.</summary>
    RepeatableSwitch,
}

/// <summary>
/// One server option: its flag, the configuration key it sets, its default, its meaning, and the
/// names it has in the environment and in a <c>--config</c> file. The help text, the environment
/// and config-file readers and the command-line mapping all read the same descriptors.
/// </summary>
/// <param name="Flag">The flag, e.g. <c>--data-dir</c>.</param>
/// <param name="ConfigKey">The configuration key the flag sets; null when another part handles the flag (<c>--config</c>, the router flags).</param>
/// <param name="Default">The default as help shows it; empty when there is none.</param>
/// <param name="Description">What the option means, one sentence or two.</param>
/// <param name="Kind">How the flag takes its value.</param>
internal sealed record OptionDescriptor(string Flag, string? ConfigKey, string Default, string Description, OptionKind Kind)
{
    /// <summary>The prefix of every environment variable the server reads as an option.</summary>
    public const string EnvironmentPrefix = "ROUTEAPI_";

    /// <summary>The flag without its dashes: the key in a <c>--config</c> file (<c>data-dir</c>).</summary>
    public string Name => Flag.TrimStart('-');

    /// <summary><c>ROUTEAPI_</c>, then the flag name upper-cased with <c>-</c> as <c>_</c> (<c>ROUTEAPI_DATA_DIR</c>).</summary>
    public string EnvironmentVariable => EnvironmentPrefix + Name.Replace('-', '_').ToUpperInvariant();

    /// <summary>Whether the flag always needs a value (all but the switches).</summary>
    public bool TakesValue => Kind != OptionKind.RepeatableSwitch;

    /// <summary>Whether several values may be given.</summary>
    public bool IsRepeatable => Kind is OptionKind.Repeatable or OptionKind.RepeatableSwitch;
}
