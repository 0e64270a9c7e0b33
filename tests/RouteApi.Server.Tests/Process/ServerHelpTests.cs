using RouteApi.Server.Hosting;

namespace RouteApi.Server.Tests.Process;

/// <summary><c>--help</c> and wrong flags, run through the real server binary.</summary>
public sealed class ServerHelpTests
{
    // One run serves every option's row; the help text is the same each time.
    private static readonly Lazy<Task<(int ExitCode, string Output, string Error)>> Help = new(() => ServerProcess.RunToExitAsync(CancellationToken.None, "--help"));

    public static TheoryData<string> Options() => [.. CommandLineOptions.All.Select(o => o.Flag)];

    [Fact]
    public async Task ShortHelp_ExitsZeroWithoutStarting()
    {
        var (exitCode, output, error) = await ServerProcess.RunToExitAsync(TestContext.Current.CancellationToken, "-h");

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        Assert.StartsWith("RouteApi:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Options))]
    public async Task Help_ListsTheOptionWithItsVariableDefaultAndMeaning(string flag)
    {
        var option = CommandLineOptions.Find(flag)!;

        var (_, output, _) = await Help.Value;

        var lines = output.Split('\n');
        var index = Array.FindIndex(lines, l => l.StartsWith("  " + flag + " ", StringComparison.Ordinal) || l.StartsWith("  " + flag + "[", StringComparison.Ordinal));
        Assert.True(index >= 0, $"--help does not list {flag}:\n{output}");
        Assert.Contains("env " + option.EnvironmentVariable, lines[index], StringComparison.Ordinal);
        Assert.EndsWith(option.Default.Length > 0 ? $"(default {option.Default})" : option.EnvironmentVariable, lines[index], StringComparison.Ordinal);
        Assert.Equal("        " + option.Description, lines[index + 1]);
        Assert.False(string.IsNullOrWhiteSpace(option.Description));
    }

    [Fact]
    public async Task Help_ListsEveryMappedAndRouterFlag()
    {
        var (_, output, _) = await Help.Value;

        var listed = output.Split('\n').Where(l => l.StartsWith("  --", StringComparison.Ordinal)).Select(l => l.Trim().Split(' ', '[')[0]).ToHashSet();
        Assert.All(CommandLineOptions.SwitchMappings.Keys.Concat(RouterFlags.Flags), flag => Assert.Contains(flag, listed));
    }

    [Fact]
    public async Task Help_ShowsDefaultsOfTheOptionsClasses()
    {
        var (_, output, _) = await Help.Value;

        Assert.Contains("--data-dir value    env ROUTEAPI_DATA_DIR (default ./data)", output, StringComparison.Ordinal);
        Assert.Contains("--compaction-interval duration    env ROUTEAPI_COMPACTION_INTERVAL (default 5m0s)", output, StringComparison.Ordinal);
        Assert.Contains("--secure-port value    env ROUTEAPI_SECURE_PORT (default 8443)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownFlag_ExitsOneWithTheFlagNamed()
    {
        var (exitCode, output, error) = await ServerProcess.RunToExitAsync(TestContext.Current.CancellationToken, "--data-dirr", "/tmp/x");

        Assert.Equal(1, exitCode);
        Assert.Contains("Error: unknown flag: --data-dirr", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", output, StringComparison.Ordinal);
    }
}
