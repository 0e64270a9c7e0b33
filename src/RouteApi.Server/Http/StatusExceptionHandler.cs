using Microsoft.AspNetCore.Diagnostics;
using RouteApi.Formats;
using RouteApi.Storage;

namespace RouteApi.Server.Http;

/// <summary>
/// Turns every exception that escapes a handler into a Kubernetes Status: API errors as they are,
/// store errors as 409/410/504, and anything unexpected as a 500 InternalError that is logged with
/// the request id (never a stack trace in the body).
/// </summary>
internal sealed partial class StatusExceptionHandler(ILogger<StatusExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var status = exception switch
        {
            StatusException e => e.Status,
            FormatDecodeException e => StatusErrors.BadRequest(e.Message).Status,
            StoreRevisionCompactedException => StatusErrors.Expired("The resourceVersion for the provided list is too old.").Status,
            StoreUnavailableException e => StatusErrors.StorageUnavailable(e.Message).Status,
            StoreFutureRevisionException e => StatusErrors.TooLargeResourceVersion(e.Requested, e.Current, retryAfterSeconds: 0).Status,
            BadHttpRequestException e => new StatusException(new Core.Model.Status
            {
                Result = "Failure",
                Reason = e.StatusCode == StatusCodes.Status413PayloadTooLarge ? "RequestEntityTooLarge" : "BadRequest",
                Message = e.Message,
                Code = e.StatusCode,
            }).Status,
            _ => null,
        };
        if (status is null)
        {
            Log.UnexpectedError(logger, httpContext.TraceIdentifier, httpContext.Request.Method, httpContext.Request.Path, exception);
            status = StatusErrors.Internal("an unexpected error occurred; see the server log for request " + httpContext.TraceIdentifier).Status;
        }

        await new StatusResult(status).ExecuteAsync(httpContext);
        return true;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 4000, EventName = nameof(UnexpectedError), Level = LogLevel.Error,
            Message = "Request {RequestId} {Method} {Path} failed unexpectedly")]
        public static partial void UnexpectedError(ILogger logger, string requestId, string method, string path, Exception exception);
    }
}
