using System.Text.RegularExpressions;
using RouteApi.Server.Tests.Process;
using YamlDotNet.RepresentationModel;

namespace RouteApi.Server.Tests.Hosting;

/// <summary>
/// Every <c>--flag</c> and every <c>ROUTEAPI_*</c> variable the deployment files give the server
/// (deploy/ and the Dockerfile) is one the real server binary lists in its <c>--help</c>. The
/// server refuses unknown flags, but only when it starts: this finds a misspelt or removed one
/// before anyone deploys it.
/// </summary>
public sealed partial class DeployFlagsTests
{
    private static readonly Lazy<Task<string>> Help = new(async () =>
    {
        var (exitCode, output, error) = await ServerProcess.RunToExitAsync(CancellationToken.None, "--help");
        return exitCode == 0 ? output : throw new InvalidOperationException($"--help exited {exitCode}: {error}");
    });

    public static TheoryData<string> DeployFiles() => [.. Directory
        .EnumerateFiles(Path.Combine(RepositoryRoot(), "deploy"), "*.yaml", SearchOption.AllDirectories)
        .Select(path => Path.GetRelativePath(RepositoryRoot(), path))
        .Order(StringComparer.Ordinal)];

    public static TheoryData<string> FilesGivingTheServerOptions() => [.. DeployFiles().Select(row => row.Data).Append("Dockerfile")];

    [Fact]
    public void DeployFiles_IncludeComposeAndKubernetesManifests()
    {
        var files = DeployFiles().Select(row => row.Data).ToList();

        Assert.Contains(Path.Combine("deploy", "compose.yaml"), files);
        Assert.Contains(Path.Combine("deploy", "compose.etcd.yaml"), files);
        Assert.Contains(Path.Combine("deploy", "kubernetes", "routeapi.yaml"), files);
    }

    [Theory]
    [MemberData(nameof(DeployFiles))]
    public async Task DeployFile_PassesOnlyFlagsListedInHelp(string relativePath)
    {
        var flags = ServerArguments(Path.Combine(RepositoryRoot(), relativePath)).Where(a => a.StartsWith("--", StringComparison.Ordinal)).Select(FlagOf).ToList();

        var listed = ListedFlags(await Help.Value);

        Assert.All(flags, flag => Assert.True(listed.Contains(flag), $"{relativePath} passes {flag}, which --help does not list"));
    }

    [Theory]
    [MemberData(nameof(FilesGivingTheServerOptions))]
    public async Task File_SetsOnlyVariablesListedInHelp(string relativePath)
    {
        var variables = EnvironmentVariable().Matches(File.ReadAllText(Path.Combine(RepositoryRoot(), relativePath))).Select(m => m.Value).Distinct().ToList();

        var listed = (await Help.Value).Split('\n').Select(l => l.Split(" env ")).Where(p => p.Length == 2).Select(p => p[1].Split(' ')[0].Trim()).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("ROUTEAPI_DATA_DIR", listed);
        Assert.All(variables, variable => Assert.True(listed.Contains(variable), $"{relativePath} sets {variable}, which --help does not list"));
    }

    [Fact]
    public void Files_SetTheDataDirAndListenAddress()
    {
        var dockerfile = File.ReadAllText(Path.Combine(RepositoryRoot(), "Dockerfile"));

        Assert.Contains("ROUTEAPI_DATA_DIR=/data", dockerfile, StringComparison.Ordinal);
        Assert.Contains("ROUTEAPI_URLS=", dockerfile, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^VOLUME \[""/data""\]", dockerfile);
        Assert.Matches("(?m)^HEALTHCHECK ", dockerfile);
    }

    [Fact]
    public async Task Dockerfile_EntrypointPassesOnlyFlagsListedInHelp()
    {
        var entrypoint = File.ReadLines(Path.Combine(RepositoryRoot(), "Dockerfile")).Single(l => l.StartsWith("ENTRYPOINT ", StringComparison.Ordinal));
        var arguments = new YamlStream();
        arguments.Load(new StringReader(entrypoint["ENTRYPOINT ".Length..]));
        var flags = ((YamlSequenceNode)arguments.Documents[0].RootNode).Select(n => ((YamlScalarNode)n).Value!).Where(a => a.StartsWith("--", StringComparison.Ordinal)).Select(FlagOf).ToList();

        var listed = ListedFlags(await Help.Value);

        Assert.All(flags, flag => Assert.True(listed.Contains(flag), $"the Dockerfile's entrypoint passes {flag}, which --help does not list"));
    }

    [Fact]
    public async Task ListedFlags_ComeFromHelp()
    {
        var listed = ListedFlags(await Help.Value);

        Assert.Contains("--data-dir", listed);
        Assert.Contains("--urls", listed);
        Assert.DoesNotContain("--no-such-flag", listed);
    }

    [Fact]
    public void EtcdDeployFiles_RunTheServerOnEtcd()
    {
        foreach (var file in new[] { "compose.etcd.yaml", Path.Combine("kubernetes", "routeapi.yaml") })
        {
            var arguments = string.Join(' ', ServerArguments(Path.Combine(RepositoryRoot(), "deploy", file)));

            Assert.Matches("--storage-backend[ =]etcd", arguments);
            Assert.Matches("--etcd-servers[ =]http", arguments);
        }
    }

    private static string FlagOf(string argument)
    {
        var equals = argument.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? argument : argument[..equals];
    }

    /// <summary>The flags <c>--help</c> lists: its lines starting with two spaces and <c>--</c>.</summary>
    private static HashSet<string> ListedFlags(string help) =>
        [.. help.Split('\n').Where(l => l.StartsWith("  --", StringComparison.Ordinal)).Select(l => l.Trim().Split(' ', '[')[0])];

    /// <summary>
    /// The <c>command</c> and <c>args</c> entries of every mapping whose <c>image</c> is RouteApi's:
    /// compose services (and the anchors they merge) and Kubernetes containers alike. Parsing also
    /// proves each file is valid YAML.
    /// </summary>
    private static List<string> ServerArguments(string path)
    {
        var yaml = new YamlStream();
        using (var reader = File.OpenText(path))
        {
            yaml.Load(reader);
        }

        var arguments = new List<string>();
        foreach (var mapping in yaml.Documents.SelectMany(d => d.AllNodes).OfType<YamlMappingNode>())
        {
            if (mapping.Children.TryGetValue(new YamlScalarNode("image"), out var image)
                && image is YamlScalarNode { Value: { } name }
                && name.StartsWith("routeapi", StringComparison.Ordinal))
            {
                foreach (var key in new[] { "command", "args" })
                {
                    if (mapping.Children.TryGetValue(new YamlScalarNode(key), out var list) && list is YamlSequenceNode items)
                    {
                        arguments.AddRange(items.OfType<YamlScalarNode>().Select(s => s.Value!));
                    }
                }
            }
        }

        return arguments;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RouteApi.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("RouteApi.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("ROUTEAPI_[A-Z0-9_]+")]
    private static partial Regex EnvironmentVariable();
}
