using System.Text.Json.Nodes;
using RouteApi.Server.Tests.Kubectl;

namespace RouteApi.Server.Tests.Clients;

/// <summary>
/// A C# SDK generated at test time by Kiota (the local dotnet tool in .config/dotnet-tools.json)
/// from the live server's <c>/openapi/v3</c> group document, built as a small program in a temp
/// dir and run against the server over HTTPS: create, get, list, update and delete one route.
/// The generated code is never committed; the program is testdata/generated-sdk.
/// </summary>
public sealed class GeneratedSdkTests(KubectlServerFixture fixture) : IClassFixture<KubectlServerFixture>, IDisposable
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(3);
    private readonly string _workDir = Directory.CreateTempSubdirectory("routeapi-sdk-").FullName;

    [Fact]
    public async Task KiotaClient_FromOpenApiV3_CreatesGetsListsUpdatesAndDeletesRoute()
    {
        var root = ChildProcess.RepositoryRoot();
        var ns = ApiPrefixes.NewNamespace();
        var document = Path.Combine(_workDir, "routes-openapi.json");
        await File.WriteAllTextAsync(document, await GroupDocumentAsync(), TestContext.Current.CancellationToken);
        await ChildProcess.RunAsync("dotnet", ["tool", "restore"], root, StepTimeout);
        await ChildProcess.RunAsync("dotnet", ["tool", "run", "kiota", "generate", "--language", "CSharp", "--openapi", document, "--output", Path.Combine(_workDir, "Generated"), "--class-name", "RouteApiClient", "--namespace-name", "RouteApi.Generated", "--exclude-backward-compatible", "--log-level", "Warning"], root, StepTimeout);
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "testdata", "generated-sdk")))
        {
            File.Copy(file, Path.Combine(_workDir, Path.GetFileName(file)));
        }

        await ChildProcess.RunAsync("dotnet", ["build", "RouteSdkSmoke.csproj", "--configuration", "Release", "--output", "out", "-p:DirectoryPackagesPropsPath=" + Path.Combine(root, "Directory.Packages.props")], _workDir, StepTimeout);

        var output = await ChildProcess.RunAsync("dotnet", [Path.Combine("out", "RouteSdkSmoke.dll"), fixture.Server.BaseAddress.ToString(), fixture.CaCertificatePath, fixture.AdminTokenPath, ns], _workDir, StepTimeout);

        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(5, lines.Length);
        Assert.Matches("^created sdk uid=[0-9a-f-]{36} rv=[1-9][0-9]*$", lines[0]);
        Assert.Equal("got sdk host=sdk.example.com to=web targetPort=http", lines[1]);
        Assert.Equal("listed sdk", lines[2]);
        Assert.Matches("^updated to=web-v2 rv=[1-9][0-9]*$", lines[3]);
        Assert.NotEqual(lines[0].Split("rv=")[1], lines[3].Split("rv=")[1]);
        Assert.Equal("deleted: get answers 404", lines[4]);
    }

    public void Dispose() => Directory.Delete(_workDir, recursive: true);

    // What a user does: read the /openapi/v3 index, then the group document it points to.
    private async Task<string> GroupDocumentAsync()
    {
        var token = (await File.ReadAllTextAsync(fixture.AdminTokenPath, TestContext.Current.CancellationToken)).Trim();
        using var http = fixture.Server.CreateClient(token, await File.ReadAllTextAsync(fixture.CaCertificatePath, TestContext.Current.CancellationToken));
        var index = JsonNode.Parse(await http.GetStringAsync("/openapi/v3", TestContext.Current.CancellationToken))!;
        var url = (string)index["paths"]!["apis/route.openshift.io/v1"]!["serverRelativeURL"]!;
        return await http.GetStringAsync(url, TestContext.Current.CancellationToken);
    }
}
