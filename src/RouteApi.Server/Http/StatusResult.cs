using System.Globalization;
using RouteApi.Core.Model;

namespace RouteApi.Server.Http;

/// <summary>Writes a Kubernetes <see cref="Status"/> with its code as the HTTP status and <c>Retry-After</c> when asked.</summary>
internal sealed class StatusResult(Status status) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        if (status.Details?.RetryAfterSeconds is > 0 and var seconds)
        {
            httpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        // Errors go out in the negotiated encoding too; when negotiation itself failed (406), as JSON.
        var code = status.Code == 0 ? StatusCodes.Status200OK : status.Code;
        var format = status.Code == StatusCodes.Status406NotAcceptable ? OutputFormat.Json : ContentNegotiation.ForError(httpContext);
        return ObjectResult<Status>.WriteAsync(httpContext, format, status, code);
    }
}
