using RouteApi.Core.Buffers;
using RouteApi.Core.Model;
using RouteApi.Core.Strategy;
using RouteApi.Server.Http;
using RouteApi.Server.Registry;

namespace RouteApi.Server.Endpoints;

internal static partial class RouteEndpoints
{
    private static Task<IResult> ListAllAsync(HttpContext context, RouteRegistry registry, CancellationToken cancellationToken) =>
        ListCoreAsync(context, registry, null, cancellationToken);

    private static Task<IResult> ListAsync(HttpContext context, RouteRegistry registry, string @namespace, CancellationToken cancellationToken) =>
        ListCoreAsync(context, registry, @namespace, cancellationToken);

    private static async Task<IResult> ListCoreAsync(HttpContext context, RouteRegistry registry, string? @namespace, CancellationToken cancellationToken)
    {
        var api = Api(context);
        var options = ListOptions.Parse(context.Request.Query, api);
        if (options.Watch)
        {
            return await WatchCoreAsync(context, registry, @namespace, options, cancellationToken);
        }

        var format = ContentNegotiation.ForResponse(context);
        var read = await registry.ReadListAsync(api, @namespace, options, cancellationToken);
        if (read.Cached is { } cached && CachedListEncoding.Supports(format))
        {
            // A list from the cache is its items' shared encodings between a list envelope.
            return CachedListEncoding.Create(format, ToWire(api, read.List with { Items = [] }), cached, api);
        }

        return Ok(ToWire(api, read.List));
    }

    /// <summary>GET of one route (also serves <c>/status</c>), with <c>export</c>/<c>exact</c> and a minimum <c>resourceVersion</c>.</summary>
    private static async Task<IResult> GetAsync(HttpContext context, RouteRegistry registry, string @namespace, string name, CancellationToken cancellationToken)
    {
        var api = Api(context);
        var query = context.Request.Query;
        var format = ContentNegotiation.ForResponse(context);
        var read = await registry.GetAsync(api, KeyOf(@namespace, name), query["resourceVersion"].ToString(), cancellationToken);
        if (GoBool.IsTrue(query["export"]))
        {
            return Ok(ToWire(api, Export(read.Route, GoBool.IsTrue(query["exact"]))));
        }

        if (read.Cached is null || format.Pretty || format.Table is not null)
        {
            return Ok(ToWire(api, read.Route));
        }

        // Every GET of an unchanged route in one encoding sends the same bytes: encode them once.
        var bytes = read.Cached.GetEncoding(format.Format + "|" + api.Prefix, route => Encode(ToWire(api, route), format));
        return new EncodedResult(format, bytes);
    }

    private static byte[] Encode<T>(T value, OutputFormat format)
        where T : class
    {
        using var buffer = new PooledBufferWriter();
        ObjectResult<T>.Encode(value, format, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// The pre-1.18 export view: fields a user cannot set are stripped (uid, timestamps,
    /// resourceVersion, selfLink, status); <c>exact</c> keeps the namespace and a generated name.
    /// </summary>
    private static Route Export(Route route, bool exact)
    {
        var meta = route.Metadata;
        var exported = route with
        {
            Metadata = meta with
            {
                Uid = null,
                Namespace = exact ? meta.Namespace : null,
                Name = !exact && !string.IsNullOrEmpty(meta.GenerateName) ? null : meta.Name,
                CreationTimestamp = null,
                DeletionTimestamp = null,
                ResourceVersion = null,
                SelfLink = null,
            },
        };
        return RouteStrategy.PrepareForCreate(exported);
    }
}
