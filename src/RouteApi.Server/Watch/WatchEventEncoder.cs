using RouteApi.Core.Buffers;
using RouteApi.Core.Model;
using RouteApi.Formats.Json;
using RouteApi.Formats.Protobuf;
using RouteApi.Server.Http;
using RouteApi.Server.Tables;
using RouteApi.Storage.Caching;

namespace RouteApi.Server.Watch;

/// <summary>
/// Watch frames: JSON lines (<c>{"type":…,"object":…}\n</c>) or protobuf frames (a 4-byte length
/// and a WatchEvent holding the enveloped object). An event's frame is encoded once per encoding,
/// API path, event type and object variant, and the bytes are shared by every watcher that sends it.
/// A Table watch (<c>kubectl get -w</c>) sends each object as a Table holding its one row; only the
/// first event carries the column definitions (kube's <c>watchEmbeddedEncoder</c>), so an encoder
/// belongs to one watch and is not thread-safe.
/// </summary>
internal sealed class WatchEventEncoder(ApiPath api, WireFormat format, TableOptions? table = null)
{
    public const string Added = "ADDED";
    public const string Modified = "MODIFIED";
    public const string Deleted = "DELETED";
    public const string Bookmark = "BOOKMARK";
    public const string Error = "ERROR";

    public const string InitialEventsEndAnnotation = "k8s.io/initial-events-end";
    public const string InitialEventsListBlueprintAnnotation = "kubernetes.io/initial-events-list-blueprint";

    // A plain watch's variants (event type x current/previous), made once per watch: the name and
    // the encoder are needed for every event of every watcher, so they are not rebuilt each time.
    private readonly EventVariant?[] _variants = new EventVariant?[6];

    // Set once the first event went out: later Table events suppress their column definitions.
    private bool _headersSent;

    /// <summary>The line for a change; <paramref name="usePrevious"/> sends the previous object stamped with the event's revision.</summary>
    public ReadOnlyMemory<byte> Event(CacheEvent<Route> cacheEvent, string type, bool usePrevious)
    {
        var variant = table is null
            ? _variants[(Slot(type) * 2) + (usePrevious ? 1 : 0)] ??= NewVariant(type, usePrevious, headers: false)
            : NewVariant(type, usePrevious, headers: !_headersSent);
        var bytes = cacheEvent.GetEncoding(variant.Name, variant.Encode);
        _headersSent = true;
        return bytes;
    }

    public byte[] Initial(Route route) => RouteLine(Added, RouteWire.ToWire(api, route));

    /// <summary>A bookmark: an otherwise empty Route carrying only the revision (and annotations).</summary>
    public byte[] BookmarkAt(long revision, bool initialEventsEnd)
    {
        var metadata = new ObjectMeta { ResourceVersion = revision.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (initialEventsEnd)
        {
            // kube encodes the blueprint with the watch's negotiated encoder (handlers/response.go
            // watchListTransformer), so a protobuf client decodes it with the decoder it already uses.
            var list = new RouteList { Kind = RouteApiNames.ListKind, ApiVersion = api.ApiVersion };
            var blueprint = format == WireFormat.Protobuf ? KubernetesProtobuf.SerializeToBytes(list) : KubernetesJson.SerializeCompact(list);
            metadata.Annotations = new Dictionary<string, string>
            {
                [InitialEventsEndAnnotation] = "true",
                [InitialEventsListBlueprintAnnotation] = Convert.ToBase64String(blueprint),
            };
        }

        return RouteLine(Bookmark, new Route { Kind = RouteApiNames.Kind, ApiVersion = api.ApiVersion, Metadata = metadata });
    }

    public byte[] ErrorLine(Status status) => Line(Error, status);

    // A route event's frame: the route itself, or (Table watch) a one-row Table; kube converts bookmarks too.
    private byte[] RouteLine(string type, Route route, bool? withHeaders = null)
    {
        if (table is null)
        {
            return Line(type, route);
        }

        var converted = RouteTables.TryConvert(route, table, withHeaders ?? !_headersSent)!;
        _headersSent = true;
        return Line(type, converted);
    }

    private byte[] Line<T>(string type, T value)
        where T : class
    {
        using var frame = new PooledBufferWriter(1024);
        if (format == WireFormat.Protobuf)
        {
            ProtobufWatchFrame.Write(type, KubernetesProtobuf.SerializeToBytes(value), frame);
        }
        else
        {
            JsonWatchFrame.Write(type, KubernetesJson.SerializeCompact(value), frame);
        }

        return frame.WrittenSpan.ToArray();
    }

    private EventVariant NewVariant(string type, bool usePrevious, bool headers)
    {
        var tableKey = table is null ? string.Empty : $"|{table.ApiVersion}|{table.IncludeObject}|{headers}";
        return new EventVariant(
            $"{format}|{api.Prefix}|{type}|{(usePrevious ? "previous" : "current")}{tableKey}",
            e => RouteLine(type, RouteWire.ToWire(api, usePrevious ? WithRevision(e.Previous!, e.Revision) : e.Current), headers));
    }

    private static int Slot(string type) => type switch
    {
        Added => 0,
        Modified => 1,
        Deleted => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "not a change event type"),
    };

    private static Route WithRevision(Route route, long revision) => route with
    {
        Metadata = route.Metadata with { ResourceVersion = revision.ToString(System.Globalization.CultureInfo.InvariantCulture) },
    };

    private sealed record EventVariant(string Name, Func<CacheEvent<Route>, ReadOnlyMemory<byte>> Encode);
}
