using RouteApi.Core.Model;
using RouteApi.Core.Strategy;

namespace RouteApi.Server.Http;

/// <summary>Routes as written on the wire for one API path: its kind and apiVersion, and the legacy decoration.</summary>
internal static class RouteWire
{
    public static Route ToWire(ApiPath api, Route route)
    {
        var wire = route with { Kind = RouteApiNames.Kind, ApiVersion = api.ApiVersion };
        return api.IsLegacy ? RouteStrategy.DecorateForLegacy(wire) : wire;
    }

    public static RouteList ToWire(ApiPath api, RouteList list) => list with
    {
        Kind = RouteApiNames.ListKind,
        ApiVersion = api.ApiVersion,
        Items = api.IsLegacy ? [.. list.Items.Select(RouteStrategy.DecorateForLegacy)] : list.Items,
    };
}
