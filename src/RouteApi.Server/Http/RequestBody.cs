using System.Buffers;

namespace RouteApi.Server.Http;

/// <summary>Reads request bodies with kube-apiserver's size limit.</summary>
internal static class RequestBody
{
    /// <summary>3 MiB, kube-apiserver's <c>MaxRequestBodyBytes</c>.</summary>
    public const int MaxBytes = 3 * 1024 * 1024;

    /// <summary>Reads the whole body; a body over <see cref="MaxBytes"/> answers 413.</summary>
    public static async Task<ReadOnlyMemory<byte>> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes)
        {
            throw StatusErrors.RequestEntityTooLarge(MaxBytes);
        }

        var buffer = new ArrayBufferWriter<byte>(request.ContentLength is > 0 and var length ? (int)length : 4096);
        while (true)
        {
            var memory = buffer.GetMemory(16 * 1024);
            var read = await request.Body.ReadAsync(memory, cancellationToken);
            if (read == 0)
            {
                return buffer.WrittenMemory;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > MaxBytes)
            {
                throw StatusErrors.RequestEntityTooLarge(MaxBytes);
            }
        }
    }
}
