using Microsoft.AspNetCore.Http.Features;
using RouteApi.Core.Model;

namespace RouteApi.Server.Http;

/// <summary>
/// Refuses a request target with a <c>.</c> or <c>..</c> path segment (also percent-encoded) with
/// 400 Status. Kestrel resolves such segments before routing, so <c>DELETE …/routes/x/..</c> would
/// otherwise reach the delete-collection endpoint; kube-apiserver never resolves them either
/// (names may not be <c>.</c> or <c>..</c>).
/// </summary>
internal sealed class DotSegmentMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var target = (context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? string.Empty).AsSpan();
        var query = target.IndexOf('?');
        var path = query < 0 ? target : target[..query];
        foreach (var range in path.Split('/'))
        {
            var segment = path[range];
            // Only a short segment (at most "%2E%2E") with a dot or an escape in it can spell one.
            if (segment.Length is > 0 and <= 6 && segment.ContainsAny('.', '%') && Uri.UnescapeDataString(segment) is "." or "..")
            {
                return new StatusResult(new Status
                {
                    Result = "Failure",
                    Message = $"the request path may not contain a '{Uri.UnescapeDataString(segment)}' segment",
                    Reason = "BadRequest",
                    Code = StatusCodes.Status400BadRequest,
                }).ExecuteAsync(context);
            }
        }

        return next(context);
    }
}
