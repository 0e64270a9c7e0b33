namespace RouteApi.Server.Http;

/// <summary>Writes bytes already encoded in the negotiated format, such as a cached object's shared encoding.</summary>
internal sealed class EncodedResult(OutputFormat format, ReadOnlyMemory<byte> body, int statusCode = StatusCodes.Status200OK) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext) => WriteAsync(httpContext, format, body, statusCode);

    /// <summary>Sends the request's warnings, then <paramref name="body"/> with its Content-Type and length.</summary>
    public static async Task WriteAsync(HttpContext httpContext, OutputFormat format, ReadOnlyMemory<byte> body, int statusCode)
    {
        var response = StartResponse(httpContext, format, body.Length, statusCode);
        await response.Body.WriteAsync(body, httpContext.RequestAborted);
    }

    /// <summary>Applies the request's warnings and sets the code, Content-Type and length of a body about to be written.</summary>
    public static HttpResponse StartResponse(HttpContext httpContext, OutputFormat format, long length, int statusCode)
    {
        var response = httpContext.Response;
        Warnings.Apply(httpContext);
        response.StatusCode = statusCode;
        response.ContentType = format.ContentType;
        response.ContentLength = length;
        return response;
    }
}
