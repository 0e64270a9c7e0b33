namespace RouteApi.Server.Hosting;

/// <summary>The server's command-line flags and the configuration keys they set.</summary>
internal static class CommandLineOptions
{
    public static readonly Dictionary<string, string> SwitchMappings = new(StringComparer.Ordinal)
    {
        ["--data-dir"] = RouteApiOptions.SectionName + ":" + nameof(RouteApiOptions.DataDir),
        ["--route-host-suffix"] = RouteApiOptions.SectionName + ":" + nameof(RouteApiOptions.RouteHostSuffix),
    };

    /// <summary>Where the server listens when neither <c>--urls</c> nor <c>ASPNETCORE_URLS</c> says otherwise.</summary>
    public const string DefaultUrls = "http://127.0.0.1:8080";
}
