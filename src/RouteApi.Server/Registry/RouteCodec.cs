using System.Globalization;
using RouteApi.Core.Model;
using RouteApi.Formats;
using RouteApi.Formats.Json;
using RouteApi.Storage;

namespace RouteApi.Server.Registry;

/// <summary>
/// The storage codec: routes are stored as compact JSON in their group version without
/// <c>resourceVersion</c> (which is the key's modification revision, set again on every read).
/// </summary>
internal static class RouteCodec
{
    public static byte[] Encode(Route route) => KubernetesJson.SerializeCompact(route with
    {
        Kind = RouteApiNames.Kind,
        ApiVersion = RouteApiNames.GroupVersion,
        Metadata = route.Metadata with { ResourceVersion = null, SelfLink = null },
    });

    public static Route Decode(StoredObject stored) => Decode(stored, stored.ModRevision);

    /// <summary>Decodes a stored value and stamps <paramref name="revision"/> as its resourceVersion.</summary>
    public static Route Decode(StoredObject stored, long revision)
    {
        Route route;
        try
        {
            route = KubernetesJson.Deserialize<Route>(stored.Value.Span);
        }
        catch (FormatDecodeException e)
        {
            throw new InvalidDataException($"stored object {stored.Key} cannot be decoded", e);
        }

        return route with
        {
            Kind = null,
            ApiVersion = null,
            Metadata = route.Metadata with { ResourceVersion = revision.ToString(CultureInfo.InvariantCulture) },
        };
    }
}
