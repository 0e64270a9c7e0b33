using Microsoft.AspNetCore.Diagnostics;
using RouteApi.Core.Model;

namespace RouteApi.Server.Http;

/// <summary>
/// Gives body-less error responses (unknown paths, wrong methods) a Kubernetes Status body, so
/// every error a client sees is a Status.
/// </summary>
internal static class StatusCodePages
{
    public static Task WriteStatusAsync(StatusCodeContext context)
    {
        var code = context.HttpContext.Response.StatusCode;
        var status = code switch
        {
            StatusCodes.Status404NotFound => StatusErrors.NotFoundPath().Status,
            StatusCodes.Status405MethodNotAllowed => StatusErrors.MethodNotAllowed().Status,
            _ => new Status { Result = "Failure", Message = ReasonPhrases(code), Reason = string.Empty, Code = code },
        };
        return new StatusResult(status).ExecuteAsync(context.HttpContext);
    }

    private static string ReasonPhrases(int code) => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(code);
}
