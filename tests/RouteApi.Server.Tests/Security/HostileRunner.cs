using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;

namespace RouteApi.Server.Tests.Security;

/// <summary>Sends hostile requests and collects every answer that is not a 4xx with a Kubernetes Status body.</summary>
internal static class HostileRunner
{
    /// <summary>Sends each request over HTTP (to a real server process).</summary>
    public static Task<List<string>> RunAsync(HttpClient http, IReadOnlyList<HostileRequest> requests, TimeSpan deadline, int maxParallel) =>
        RunAsync(requests, deadline, maxParallel, Transport.Kestrel, async (request, cancellationToken) =>
        {
            using var message = request.ToMessage(http.BaseAddress!);
            using var response = await http.SendAsync(message, cancellationToken);
            return ((int)response.StatusCode, await response.Content.ReadAsByteArrayAsync(cancellationToken));
        });

    /// <summary>Hands each request to the in-memory server as a raw HttpContext, so paths reach it exactly as generated.</summary>
    public static Task<List<string>> RunAsync(TestServer server, IReadOnlyList<HostileRequest> requests, TimeSpan deadline, int maxParallel) =>
        RunAsync(requests, deadline, maxParallel, Transport.InMemory, async (request, cancellationToken) =>
        {
            var context = await server.SendAsync(request.ApplyTo, cancellationToken);
            using var body = new MemoryStream();
            await context.Response.Body.CopyToAsync(body, cancellationToken);
            return (context.Response.StatusCode, body.ToArray());
        });

    private static async Task<List<string>> RunAsync(
        IReadOnlyList<HostileRequest> requests, TimeSpan deadline, int maxParallel, Transport transport, Func<HostileRequest, CancellationToken, Task<(int Code, byte[] Body)>> send)
    {
        var failures = new ConcurrentBag<string>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxParallel, CancellationToken = TestContext.Current.CancellationToken };
        await Parallel.ForEachAsync(requests, options, async (request, cancellationToken) =>
        {
            var problem = await CheckAsync(send, transport, request, deadline, cancellationToken);
            if (problem is not null)
            {
                failures.Add($"{problem} <- {request}");
            }
        });
        return [.. failures];
    }

    private static async Task<string?> CheckAsync(
        Func<HostileRequest, CancellationToken, Task<(int Code, byte[] Body)>> send, Transport transport, HostileRequest request, TimeSpan deadline, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(deadline);
        try
        {
            var (code, body) = await send(request, timeout.Token);
            if (code is < 400 or >= 500)
            {
                return $"answered {code}: {Preview(body)}";
            }

            return transport == Transport.Kestrel && request.KestrelRefusal && body.Length == 0 ? null : StatusProblem(body, code);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"no answer within {deadline.TotalSeconds} s";
        }
        catch (HttpRequestException e)
        {
            return "connection failed: " + e.Message;
        }
    }

    private static string? StatusProblem(byte[] body, int code)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var ok = root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("kind", out var kind) && kind.GetString() == "Status"
                && root.TryGetProperty("status", out var status) && status.GetString() == "Failure"
                && root.TryGetProperty("code", out var statusCode) && statusCode.GetInt32() == code;
            return ok ? null : $"answered {code} without a matching Status: {Preview(body)}";
        }
        catch (JsonException)
        {
            return $"answered {code} with a body that is not a Status: {Preview(body)}";
        }
    }

    private enum Transport
    {
        InMemory,
        Kestrel,
    }

    private static string Preview(byte[] body) => System.Text.Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 300));
}
