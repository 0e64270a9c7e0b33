using RouteApi.Server.Hosting;
using YamlDotNet.RepresentationModel;

namespace RouteApi.Server.Tests.Hosting;

/// <summary>
/// Every <c>--flag</c> the deployment files pass to the server (deploy/ and the Dockerfile's
/// entrypoint) is one the server accepts. The configuration binder ignores a flag nobody maps, so
/// a misspelt or removed flag would otherwise start a server silently without that setting.
/// </summary>
public sealed class DeployFlagsTests
{
    /// <summary>ASP.NET Core's own host flags the deployment files use; the server reads no other unmapped flag.</summary>
    private static readonly string[] HostFlags = ["--urls"];

    public static TheoryData<string> DeployFiles() => [.. Directory
        .EnumerateFiles(Path.Combine(RepositoryRoot(), "deploy"), "*.yaml", SearchOption.AllDirectories)
        .Select(path => Path.GetRelativePath(RepositoryRoot(), path))
        .Order(StringComparer.Ordinal)];

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
    public void DeployFile_PassesOnlyFlagsTheServerAccepts(string relativePath)
    {
        var flags = ServerArguments(Path.Combine(RepositoryRoot(), relativePath)).Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToList();

        Assert.All(flags, flag => Assert.True(IsAccepted(flag), $"{relativePath} passes {flag}, which the server does not accept"));
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

    [Fact]
    public void Dockerfile_EntrypointPassesOnlyFlagsTheServerAccepts()
    {
        var entrypoint = File.ReadLines(Path.Combine(RepositoryRoot(), "Dockerfile")).Single(l => l.StartsWith("ENTRYPOINT ", StringComparison.Ordinal));
        var arguments = new YamlStream();
        arguments.Load(new StringReader(entrypoint["ENTRYPOINT ".Length..]));
        var flags = ((YamlSequenceNode)arguments.Documents[0].RootNode).Select(n => ((YamlScalarNode)n).Value!).Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToList();

        Assert.Contains("--data-dir", flags);
        Assert.All(flags, flag => Assert.True(IsAccepted(flag), $"the Dockerfile's entrypoint passes {flag}, which the server does not accept"));
    }

    private static bool IsAccepted(string argument)
    {
        var equals = argument.IndexOf('=', StringComparison.Ordinal);
        var flag = equals < 0 ? argument : argument[..equals];
        return CommandLineOptions.SwitchMappings.ContainsKey(flag) || HostFlags.Contains(flag);
    }

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
}
