using System.Buffers;
using RouteApi.Core.Model;
using RouteApi.Core.Strategy;
using RouteApi.Formats.Json;
using RouteApi.Storage.Caching;

namespace RouteApi.Server.Http;

/// <summary>
/// Compact JSON lists assembled from each item's cached encoding: an item that did not change
/// since the last list is not serialized again, and the bytes go straight to the response, so a
/// LIST costs about a copy of its bytes and allocates no list-sized buffer. The bytes are exactly
/// what serializing the whole <see cref="RouteList"/> writes (items without kind or apiVersion,
/// legacy decoration on <c>/oapi/v1</c>), which a test checks.
/// </summary>
internal sealed class CachedListEncoding(OutputFormat format, byte[] head, ReadOnlyMemory<byte>[] items) : IResult
{
    private const int FlushEvery = 64 * 1024;

    private static readonly byte[] EmptyItemsEnd = "\"items\":[]}"u8.ToArray();
    private static readonly byte[] Tail = "]}\n"u8.ToArray();

    /// <summary>Compact JSON only: pretty output, YAML, protobuf and Tables are encoded whole.</summary>
    public static bool Supports(OutputFormat format) => format is { Format: WireFormat.Json, Pretty: false, Table: null };

    /// <summary>The response for <paramref name="envelope"/> (a list without items) with <paramref name="cached"/> as its items.</summary>
    public static CachedListEncoding Create(OutputFormat format, RouteList envelope, IReadOnlyList<CachedObject<Route>> cached, ApiPath api)
    {
        var head = KubernetesJson.SerializeCompact(envelope);
        if (!head.AsSpan().EndsWith(EmptyItemsEnd))
        {
            throw new InvalidOperationException("a RouteList must end with its items");
        }

        var variant = "list-item|json|" + api.Prefix;
        var items = new ReadOnlyMemory<byte>[cached.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = cached[i].GetEncoding(variant, route => KubernetesJson.SerializeCompact(Item(api, route)));
        }

        return new CachedListEncoding(format, head, items);
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var length = head.Length - 2 + Tail.Length + Math.Max(items.Length - 1, 0);
        foreach (var item in items)
        {
            length += item.Length;
        }

        var body = EncodedResult.StartResponse(httpContext, format, length, StatusCodes.Status200OK).BodyWriter;
        body.Write(head.AsSpan(0, head.Length - 2));
        var unflushed = 0L;
        for (var i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                body.Write(","u8);
            }

            body.Write(items[i].Span);
            unflushed += items[i].Length;
            if (unflushed >= FlushEvery)
            {
                // Lets the transport push back on a slow client instead of buffering the whole list.
                await body.FlushAsync(httpContext.RequestAborted);
                unflushed = 0;
            }
        }

        body.Write(Tail);
        await body.FlushAsync(httpContext.RequestAborted);
    }

    private static Route Item(ApiPath api, Route route) => api.IsLegacy ? RouteStrategy.DecorateForLegacy(route) : route;
}
