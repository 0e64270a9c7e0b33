using System.Text;
using RouteApi.Core.Model;
using RouteApi.Formats.Json;
using RouteApi.Server.Http;
using RouteApi.Storage.Caching;

namespace RouteApi.Server.Watch;

/// <summary>
/// JSON watch lines (<c>{"type":…,"object":…}\n</c>). An event's line is encoded once per API path,
/// event type and object variant, and the bytes are shared by every watcher that sends it.
/// </summary>
internal sealed class WatchEventEncoder(ApiPath api)
{
    public const string Added = "ADDED";
    public const string Modified = "MODIFIED";
    public const string Deleted = "DELETED";
    public const string Bookmark = "BOOKMARK";
    public const string Error = "ERROR";

    public const string InitialEventsEndAnnotation = "k8s.io/initial-events-end";
    public const string InitialEventsListBlueprintAnnotation = "kubernetes.io/initial-events-list-blueprint";

    /// <summary>The line for a change; <paramref name="usePrevious"/> sends the previous object stamped with the event's revision.</summary>
    public ReadOnlyMemory<byte> Event(CacheEvent<Route> cacheEvent, string type, bool usePrevious) =>
        cacheEvent.GetEncoding($"json|{api.Prefix}|{type}|{(usePrevious ? "previous" : "current")}", e =>
        {
            var route = usePrevious ? WithRevision(e.Previous!, e.Revision) : e.Current;
            return Line(type, RouteWire.ToWire(api, route));
        });

    public byte[] Initial(Route route) => Line(Added, RouteWire.ToWire(api, route));

    /// <summary>A bookmark: an otherwise empty Route carrying only the revision (and annotations).</summary>
    public byte[] BookmarkAt(long revision, bool initialEventsEnd)
    {
        var metadata = new ObjectMeta { ResourceVersion = revision.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (initialEventsEnd)
        {
            var blueprint = KubernetesJson.SerializeCompact(new RouteList { Kind = RouteApiNames.ListKind, ApiVersion = api.ApiVersion });
            metadata.Annotations = new Dictionary<string, string>
            {
                [InitialEventsEndAnnotation] = "true",
                [InitialEventsListBlueprintAnnotation] = Convert.ToBase64String(blueprint),
            };
        }

        return Line(Bookmark, new Route { Kind = RouteApiNames.Kind, ApiVersion = api.ApiVersion, Metadata = metadata });
    }

    public static byte[] ErrorLine(Status status) => Line(Error, status);

    private static byte[] Line<T>(string type, T value)
    {
        var head = Encoding.UTF8.GetBytes("{\"type\":\"" + type + "\",\"object\":");
        var body = KubernetesJson.SerializeCompact(value);
        return [.. head, .. body, .. "}\n"u8];
    }

    private static Route WithRevision(Route route, long revision) => route with
    {
        Metadata = route.Metadata with { ResourceVersion = revision.ToString(System.Globalization.CultureInfo.InvariantCulture) },
    };
}
