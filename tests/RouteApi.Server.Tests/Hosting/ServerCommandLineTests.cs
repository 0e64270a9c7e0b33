using System.Collections;
using Microsoft.Extensions.Configuration;
using RouteApi.Server.Hosting;

namespace RouteApi.Server.Tests.Hosting;

/// <summary>
/// Options from flags, <c>ROUTEAPI_*</c> variables and a <c>--config</c> file, read as the server
/// reads them: <see cref="ServerCommandLine.Parse"/>, then the command-line configuration provider.
/// </summary>
public sealed class ServerCommandLineTests : IDisposable
{
    private const string SuffixKey = "RouteApi:RouteHostSuffix";

    private readonly string _directory = Directory.CreateTempSubdirectory("routeapi-config-").FullName;

    [Fact]
    public void EnvironmentVariable_SetsItsOption()
    {
        var configuration = Read([], new() { ["ROUTEAPI_ROUTE_HOST_SUFFIX"] = "env.example.com" });

        Assert.Equal("env.example.com", configuration[SuffixKey]);
    }

    [Fact]
    public void ConfigFile_SetsItsOption()
    {
        var file = ConfigFile("route-host-suffix: file.example.com\n");

        var configuration = Read(["--config", file], []);

        Assert.Equal("file.example.com", configuration[SuffixKey]);
    }

    [Fact]
    public void ConfigFile_NamedByEnvironmentVariable_IsRead()
    {
        var file = ConfigFile("route-host-suffix: file.example.com\n");

        var configuration = Read([], new() { ["ROUTEAPI_CONFIG"] = file });

        Assert.Equal("file.example.com", configuration[SuffixKey]);
    }

    [Fact]
    public void JsonConfigFile_SetsItsOption()
    {
        var file = ConfigFile("""{"route-host-suffix": "json.example.com", "max-watches-per-user": 7}""");

        var configuration = Read(["--config=" + file], []);

        Assert.Equal("json.example.com", configuration[SuffixKey]);
        Assert.Equal("7", configuration["Security:MaxWatchesPerUser"]);
    }

    [Fact]
    public void EnvironmentVariable_BeatsConfigFile()
    {
        var file = ConfigFile("route-host-suffix: file.example.com\n");

        var configuration = Read(["--config", file], new() { ["ROUTEAPI_ROUTE_HOST_SUFFIX"] = "env.example.com" });

        Assert.Equal("env.example.com", configuration[SuffixKey]);
    }

    [Fact]
    public void Flag_BeatsEnvironmentVariableAndConfigFile()
    {
        var file = ConfigFile("route-host-suffix: file.example.com\n");

        var configuration = Read(["--config", file, "--route-host-suffix", "flag.example.com"], new() { ["ROUTEAPI_ROUTE_HOST_SUFFIX"] = "env.example.com" });

        Assert.Equal("flag.example.com", configuration[SuffixKey]);
    }

    [Fact]
    public void Durations_FromEnvironmentAndFile_UseGoSyntax()
    {
        var file = ConfigFile("request-timeout: 90s\n");

        var configuration = Read(["--config", file], new() { ["ROUTEAPI_COMPACTION_INTERVAL"] = "1h30m" });

        Assert.Equal("00:01:30", configuration["Security:RequestTimeout"]);
        Assert.Equal("01:30:00", configuration["Compaction:Interval"]);
    }

    [Fact]
    public void RouterFlags_FromEnvironment_TakeSemicolonSeparatedValues()
    {
        var configuration = Read([], new()
        {
            ["ROUTEAPI_ROUTER_NAME"] = "default;internal",
            ["ROUTEAPI_ROUTER_ROUTE_LABEL_SELECTOR"] = "internal=shard in (a,b),tier=x",
        });

        Assert.Equal("default", configuration["RouterStatus:Routers:0:Name"]);
        Assert.Equal("internal", configuration["RouterStatus:Routers:1:Name"]);
        Assert.Null(configuration["RouterStatus:Routers:0:RouteLabelSelector"]);
        Assert.Equal("shard in (a,b),tier=x", configuration["RouterStatus:Routers:1:RouteLabelSelector"]);
    }

    [Fact]
    public void RouterFlags_FromConfigFileLists_AddUp()
    {
        var file = ConfigFile("router-name: [default, internal]\nrouter-domain:\n- apps.example.com\n- internal=apps.internal\nrouter-allow-wildcard-routes: internal\n");

        var configuration = Read(["--config", file], []);

        Assert.Equal("apps.example.com", configuration["RouterStatus:Routers:0:Domain"]);
        Assert.Equal("apps.internal", configuration["RouterStatus:Routers:1:Domain"]);
        Assert.Null(configuration["RouterStatus:Routers:0:AllowWildcardRoutes"]);
        Assert.Equal("true", configuration["RouterStatus:Routers:1:AllowWildcardRoutes"]);
    }

    [Fact]
    public void RepeatableFlag_OnTheCommandLine_ReplacesTheEnvironmentsValues()
    {
        var configuration = Read(["--router-name", "flag"], new() { ["ROUTEAPI_ROUTER_NAME"] = "env-a;env-b" });

        Assert.Equal("flag", configuration["RouterStatus:Routers:0:Name"]);
        Assert.Null(configuration["RouterStatus:Routers:1:Name"]);
    }

    [Fact]
    public void LogLevelFromEnvironment_SetsTheDefaultCategoryLevel()
    {
        var configuration = Read([], new() { ["ROUTEAPI_LOG_LEVEL"] = "Debug" });

        Assert.Equal("Debug", configuration["Logging:LogLevel:Default"]);
    }

    [Fact]
    public void EmptyEnvironmentVariable_CountsAsUnset()
    {
        var file = ConfigFile("route-host-suffix: file.example.com\n");

        var configuration = Read(["--config", file], new() { ["ROUTEAPI_ROUTE_HOST_SUFFIX"] = string.Empty });

        Assert.Equal("file.example.com", configuration[SuffixKey]);
    }

    [Fact]
    public void KubernetesServiceLinkVariables_AreIgnored()
    {
        var configuration = Read([], new() { ["ROUTEAPI_SERVICE_HOST"] = "10.0.0.1", ["ROUTEAPI_PORT"] = "tcp://10.0.0.1:443" });

        Assert.Null(configuration[SuffixKey]);
    }

    [Theory]
    [InlineData("--no-such-flag", "unknown flag: --no-such-flag")]
    [InlineData("--data-dirr=/tmp", "unknown flag: --data-dirr")]
    [InlineData("-x", "unknown shorthand flag: -x")]
    [InlineData("serve", "unexpected argument \"serve\"")]
    [InlineData("--data-dir", "flag needs an argument: --data-dir")]
    public void WrongArgument_FailsWithItsReason(string argument, string message)
    {
        var (exitCode, error) = Fail([argument], []);

        Assert.Equal(1, exitCode);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownConfigFileKey_FailsWithTheFileAndKey()
    {
        var file = ConfigFile("data-dirr: /tmp\n");

        var (exitCode, error) = Fail(["--config", file], []);

        Assert.Equal(1, exitCode);
        Assert.Contains($"config file {file}: unknown option \"data-dirr\"", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ListForASingleValueOption_InConfigFile_Fails()
    {
        var file = ConfigFile("data-dir: [a, b]\n");

        var (exitCode, error) = Fail(["--config", file], []);

        Assert.Equal(1, exitCode);
        Assert.Contains("\"data-dir\" takes one value", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--urls")]
    [InlineData("--environment")]
    [InlineData("--Security:MaxWatchesPerUser")]
    [InlineData("--contentRoot")]
    [InlineData("--RouteApi")]
    [InlineData("--http_ports")]
    public void HostFlagsAndConfigurationKeys_AreAccepted(string flag)
    {
        var (exitCode, arguments) = ServerCommandLine.Parse([flag, "1"], new Hashtable(), TextWriter.Null, TextWriter.Null);

        Assert.Null(exitCode);
        Assert.Equal([flag, "1"], arguments);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_PrintsTheOptionsAndExitsZero(string flag)
    {
        var output = new StringWriter();

        var (exitCode, arguments) = ServerCommandLine.Parse(["--data-dir", "/tmp", flag], new Hashtable(), output, TextWriter.Null);

        Assert.Equal(0, exitCode);
        Assert.Empty(arguments);
        Assert.Contains("--data-dir value    env ROUTEAPI_DATA_DIR (default ./data)", output.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static IConfigurationRoot Read(string[] args, Dictionary<string, string> environment)
    {
        var (exitCode, arguments) = ServerCommandLine.Parse(args, environment, TextWriter.Null, TextWriter.Null);
        Assert.Null(exitCode);
        return new ConfigurationBuilder().AddCommandLine(CommandLineOptions.Normalize(arguments), CommandLineOptions.SwitchMappings).Build();
    }

    private static (int? ExitCode, string Error) Fail(string[] args, Dictionary<string, string> environment)
    {
        var error = new StringWriter();
        var (exitCode, _) = ServerCommandLine.Parse(args, environment, TextWriter.Null, error);
        return (exitCode, error.ToString());
    }

    private string ConfigFile(string text)
    {
        var path = Path.Combine(_directory, Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllText(path, text);
        return path;
    }
}
