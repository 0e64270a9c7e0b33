using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace RouteApi.Server.Tests.Process;

/// <summary>
/// A real server process receiving SIGTERM: <c>/readyz</c> fails at once while the server keeps
/// serving for the shutdown delay; then open watches end with a clean end of stream, the process
/// exits 0 within the grace period, and what it acknowledged is there after a restart.
/// </summary>
public sealed class GracefulShutdownTests : IDisposable
{
    private const string Collection = "/apis/route.openshift.io/v1/namespaces/shutdown/routes";

    // The grace period under test, and what the test waits for the exit: the bound is the feature.
    private static readonly TimeSpan GracePeriod = TimeSpan.FromSeconds(20);

    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "routeapi-shutdown-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dataDir))
        {
            Directory.Delete(_dataDir, recursive: true);
        }
    }

    [Fact]
    public async Task Sigterm_DuringShutdownDelay_ReadyzFailsWhileRequestsAndWatchesAreStillServed()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await StartAsync("8s", ct);
        using var admin = server.CreateClient();
        using var anonymous = server.CreateClient(token: null);
        using var watch = await OpenWatchAsync(admin, ct);

        await server.TerminateAsync(ct);
        var readyz = await WaitForReadyzFailureAsync(anonymous, ct);
        var livez = await anonymous.GetStringAsync("/livez", ct);
        var created = await CreateAsync(admin, "during-delay", ct);
        var seen = await ReadUntilAsync(watch, "during-delay", ct);

        Assert.Equal("[+]ping ok\n[+]storage ok\n[+]watch-cache ok\n[-]shutdown failed: reason withheld\nreadyz check failed\n", readyz);
        Assert.Equal("ok", livez);
        Assert.Equal(HttpStatusCode.Created, created.Code);
        Assert.Equal("ADDED", seen);
        Assert.Equal(0, await WaitForExitAsync(server, ct));
    }

    [Fact]
    public async Task Sigterm_WithOpenWatch_EndsTheStreamCleanlyAndExitsZero()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await StartAsync("1s", ct);
        using var admin = server.CreateClient();
        using var watch = await OpenWatchAsync(admin, ct);
        var created = await CreateAsync(admin, "before-term", ct);
        Assert.Equal("ADDED", await ReadUntilAsync(watch, "before-term", ct));

        await server.TerminateAsync(ct);
        var rest = await ReadToCleanEndAsync(watch, ct);
        var exitCode = await WaitForExitAsync(server, ct);

        Assert.Equal(HttpStatusCode.Created, created.Code);
        Assert.Empty(rest);
        Assert.Equal(0, exitCode);
        Assert.Contains("Closed the SQLite store", server.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sigterm_AfterAcknowledgedCreate_RouteIsThereAfterRestart()
    {
        var ct = TestContext.Current.CancellationToken;
        (HttpStatusCode Code, string ResourceVersion) created;
        await using (var server = await StartAsync("1s", ct))
        {
            using var admin = server.CreateClient();
            created = await CreateAsync(admin, "kept", ct);
            await server.TerminateAsync(ct);
            Assert.Equal(0, await WaitForExitAsync(server, ct));
        }

        await using var restarted = await StartAsync("1s", ct);
        using var again = restarted.CreateClient();
        var route = JsonNode.Parse(await again.GetStringAsync(Collection + "/kept", ct))!;

        Assert.Equal(HttpStatusCode.Created, created.Code);
        Assert.Equal(created.ResourceVersion, (string?)route["metadata"]!["resourceVersion"]);
    }

    private Task<ServerProcess> StartAsync(string delay, CancellationToken cancellationToken) =>
        ServerProcess.StartAsync(_dataDir, cancellationToken,
            "--shutdown-delay-duration", delay, "--shutdown-grace-period", ((int)GracePeriod.TotalSeconds).ToString(CultureInfo.InvariantCulture) + "s");

    private static async Task<int> WaitForExitAsync(ServerProcess server, CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        // The grace period plus closing the store and the runtime's exit on a loaded machine.
        budget.CancelAfter(GracePeriod + TimeSpan.FromSeconds(10));
        return await server.WaitForExitAsync(budget.Token);
    }

    /// <summary>Asks <c>/readyz?verbose</c> until it fails (the first answers may predate the signal) and returns that body.</summary>
    private static async Task<string> WaitForReadyzFailureAsync(HttpClient client, CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(TimeSpan.FromSeconds(5));
        while (true)
        {
            using var response = await client.GetAsync("/readyz?verbose", budget.Token);
            var body = await response.Content.ReadAsStringAsync(budget.Token);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
                return body;
            }
        }
    }

    private static async Task<(HttpStatusCode Code, string ResourceVersion)> CreateAsync(HttpClient client, string name, CancellationToken cancellationToken)
    {
        var body = "{\"metadata\":{\"name\":\"" + name + "\"},\"spec\":{\"to\":{\"name\":\"svc\"}}}";
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(Collection, content, cancellationToken);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!;
        return (response.StatusCode, (string?)json["metadata"]?["resourceVersion"] ?? string.Empty);
    }

    private static async Task<StreamReader> OpenWatchAsync(HttpClient client, CancellationToken cancellationToken)
    {
        var response = await client.GetAsync(Collection + "?watch=true&timeoutSeconds=300", HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken));
    }

    /// <summary>Reads watch events until one names <paramref name="name"/>; returns its type.</summary>
    private static async Task<string> ReadUntilAsync(StreamReader watch, string name, CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(TimeSpan.FromSeconds(5));
        while (await watch.ReadLineAsync(budget.Token) is { } line)
        {
            var json = JsonNode.Parse(line)!;
            if ((string?)json["object"]?["metadata"]?["name"] == name)
            {
                return (string)json["type"]!;
            }
        }

        throw new InvalidOperationException($"the watch ended before an event for {name}");
    }

    /// <summary>
    /// Reads the watch to its end and returns the lines still sent; an end without the chunked
    /// terminator (a reset or a truncated body) throws, failing the test.
    /// </summary>
    private static async Task<List<string>> ReadToCleanEndAsync(StreamReader watch, CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(GracePeriod);
        var lines = new List<string>();
        try
        {
            while (await watch.ReadLineAsync(budget.Token) is { } line)
            {
                lines.Add(line);
            }
        }
        catch (IOException e)
        {
            Assert.Fail("the watch stream did not end cleanly: " + e.Message);
        }

        return lines;
    }
}
