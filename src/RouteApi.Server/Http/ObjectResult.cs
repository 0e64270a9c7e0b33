using System.Buffers;
using RouteApi.Formats.Json;

namespace RouteApi.Server.Http;

/// <summary>
/// Writes an API object as Kubernetes JSON: compact with a trailing newline, or indented when the
/// client asked for <c>pretty</c> (or is curl, Wget or a browser, as kube-apiserver decides).
/// </summary>
internal sealed class ObjectResult<T>(T value, int statusCode) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var buffer = new ArrayBufferWriter<byte>(2048);
        KubernetesJson.Serialize(value, buffer, Pretty.IsRequested(httpContext.Request));
        Warnings.Apply(httpContext);
        response.StatusCode = statusCode;
        response.ContentType = "application/json";
        response.ContentLength = buffer.WrittenCount;
        await response.Body.WriteAsync(buffer.WrittenMemory, httpContext.RequestAborted);
    }
}
