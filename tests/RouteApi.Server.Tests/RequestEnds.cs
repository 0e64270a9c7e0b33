using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace RouteApi.Server.Tests;

/// <summary>
/// Tells a test when the server has finished a request it tagged with <see cref="HeaderName"/>:
/// an outermost middleware completes the request's task once the whole pipeline (including the
/// endpoint's cleanup) has returned. Lets a test await the end of a request instead of polling.
/// </summary>
public sealed class RequestEnds : IStartupFilter
{
    public const string HeaderName = "X-Test-Request-Id";

    private readonly ConcurrentDictionary<string, TaskCompletionSource> _ends = new(StringComparer.Ordinal);

    /// <summary>Completes when the request tagged <paramref name="id"/> has ended on the server.</summary>
    public Task WhenEnded(string id) => Get(id).Task;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            try
            {
                await nextMiddleware(context);
            }
            finally
            {
                if (context.Request.Headers.TryGetValue(HeaderName, out var id))
                {
                    Get(id.ToString()).TrySetResult();
                }
            }
        });
        next(app);
    };

    private TaskCompletionSource Get(string id) =>
        _ends.GetOrAdd(id, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
