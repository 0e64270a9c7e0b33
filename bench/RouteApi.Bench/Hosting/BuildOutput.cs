namespace RouteApi.Bench.Hosting;

/// <summary>
/// Finds the server and baseline dlls built next to the running assembly: same configuration
/// (bin/Release or bin/Debug) and target framework, under the repository root. The server is
/// the one named by <c>BENCH_ROUTEAPI_SERVER_DLL</c> when set (bench/run.sh publishes it
/// ReadyToRun, as the Dockerfile does).
/// </summary>
internal static class BuildOutput
{
    public const string ServerDllVariable = "BENCH_ROUTEAPI_SERVER_DLL";

    public static string ServerDll() =>
        Environment.GetEnvironmentVariable(ServerDllVariable) is { Length: > 0 } published
            ? File.Exists(published) ? published : throw new FileNotFoundException($"{ServerDllVariable} names no file", published)
            : Find(Path.Combine("src", "RouteApi.Server"), "RouteApi.Server.dll");

    public static string BaselineDll() => Find(Path.Combine("bench", "RouteApi.Bench.Baseline"), "RouteApi.Bench.Baseline.dll");

    private static string Find(string project, string dll)
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = here.Name;
        var configuration = here.Parent?.Name ?? "Release";
        var root = here;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "RouteApi.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new InvalidOperationException("RouteApi.sln not found above " + AppContext.BaseDirectory);
        }

        var path = Path.Combine(root.FullName, project, "bin", configuration, framework, dll);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"{dll} is not built ({configuration}); run bench/run.sh, which builds it", path);
    }
}
