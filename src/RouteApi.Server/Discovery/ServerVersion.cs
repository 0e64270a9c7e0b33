using System.Reflection;
using System.Runtime.InteropServices;
using RouteApi.Core.Model;

namespace RouteApi.Server.Discovery;

/// <summary>
/// The answer of <c>GET /version</c>: the Kubernetes API level RouteApi follows (1.32, the kubectl
/// and apimachinery release its behaviour was taken from), so <c>kubectl version</c> judges client
/// skew against it, and the build this server comes from (<c>+routeapi.&lt;version&gt;</c>; the
/// commit when the build recorded one). There is no Go toolchain: <c>goVersion</c> names the .NET
/// runtime and <c>compiler</c> is <c>dotnet</c>.
/// </summary>
internal static class ServerVersion
{
    public const string KubernetesMajor = "1";
    public const string KubernetesMinor = "32";

    /// <summary>RouteApi's own version (the assembly's informational version without the commit).</summary>
    public static string Build { get; } = Informational().Version;

    /// <summary>The commit the build recorded; empty when it recorded none.</summary>
    public static string Commit { get; } = Informational().Commit;

    public static VersionInfo Info { get; } = Create(Build, Commit);

    private static (string Version, string Commit) Informational()
    {
        // InformationalVersion is "<version>[+<commit>]" when the SDK recorded the source revision.
        var informational = typeof(ServerVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? (informational, string.Empty) : (informational[..plus], informational[(plus + 1)..]);
    }

    private static VersionInfo Create(string version, string commit)
    {
        return new VersionInfo
        {
            Major = KubernetesMajor,
            Minor = KubernetesMinor,
            GitVersion = $"v{KubernetesMajor}.{KubernetesMinor}.0+routeapi.{version}",
            GitCommit = commit,
            GitTreeState = string.Empty,
            BuildDate = "1970-01-01T00:00:00Z",
            GoVersion = RuntimeInformation.FrameworkDescription,
            Compiler = "dotnet",
            Platform = $"{(OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "darwin" : "linux")}/{RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant() switch { "x64" => "amd64", var arch => arch }}",
        };
    }
}
