using RouteApi.Core.Model;
using RouteApi.Server.Http;
using RouteApi.Server.Registry;

namespace RouteApi.Server.Security;

/// <summary>
/// Limits every request as kube-apiserver does, answering with Status bodies: a URL over 8 KiB
/// (414) or headers over 32 KiB (431), and a request other than a watch that takes longer than
/// <c>--request-timeout</c> (504 <c>Timeout: request did not complete within the allotted timeout</c>).
/// Kestrel's own limits sit above these, so normal oversize requests get a Status.
/// </summary>
internal sealed class RequestLimitsMiddleware(RequestDelegate next, TimeSpan timeout)
{
    public const int MaxUrlBytes = 8 * 1024;
    public const int MaxHeaderBytes = 32 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if ((request.Path.Value?.Length ?? 0) + request.QueryString.Value?.Length > MaxUrlBytes)
        {
            await Reject(context, StatusCodes.Status414UriTooLong, "RequestURITooLong", "the request URL is too long (limit 8192 bytes)");
            return;
        }

        if (request.Headers.Sum(h => h.Key.Length + h.Value.Sum(v => v?.Length ?? 0)) > MaxHeaderBytes)
        {
            await Reject(context, StatusCodes.Status431RequestHeaderFieldsTooLarge, "RequestHeaderFieldsTooLarge", "the request headers are too large (limit 32768 bytes)");
            return;
        }

        if (IsWatch(context))
        {
            await next(context);
            return;
        }

        await RunWithTimeoutAsync(context);
    }

    private async Task RunWithTimeoutAsync(HttpContext context)
    {
        var aborted = context.RequestAborted;
        using var deadline = new CancellationTokenSource(timeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(aborted, deadline.Token);
        context.RequestAborted = linked.Token;
        try
        {
            await next(context);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !aborted.IsCancellationRequested && !context.Response.HasStarted)
        {
            context.RequestAborted = aborted;
            await Reject(context, StatusCodes.Status504GatewayTimeout, "Timeout", "Timeout: request did not complete within the allotted timeout");
        }
    }

    private static bool IsWatch(HttpContext context)
    {
        var operation = context.GetEndpoint()?.Metadata.GetMetadata<ApiOperation>();
        return operation?.Verb == "watch" || (operation?.Verb == ApiOperation.ListOrWatch && ListOptions.IsWatch(context.Request.Query));
    }

    private static Task Reject(HttpContext context, int code, string reason, string message) =>
        new StatusResult(new Status { Result = "Failure", Message = message, Reason = reason, Code = code }).ExecuteAsync(context);
}
