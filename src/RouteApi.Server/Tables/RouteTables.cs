using RouteApi.Core.Model;
using RouteApi.Core.Printing;
using RouteApi.Server.Http;

namespace RouteApi.Server.Tables;

/// <summary>
/// Converts routes to the Table <c>kubectl get</c> asks for, as kube-apiserver's <c>asTable</c>
/// does: one row per route with the <see cref="RouteColumns"/> cells, the row object chosen by
/// <c>includeObject</c> (the route's <see cref="PartialObjectMetadata"/> by default, the whole
/// route, or null), and the list metadata (resourceVersion, continue, remainingItemCount) of what
/// was read. Anything else (a Status) is not converted.
/// </summary>
internal static class RouteTables
{
    /// <summary>The Table for <paramref name="value"/>, or null when it is not a Route or RouteList.</summary>
    /// <exception cref="StatusException">400 for a bad <c>includeObject</c>.</exception>
    public static Table? TryConvert(object value, TableOptions options, bool withHeaders = true)
    {
        switch (value)
        {
            case Route route:
                options.Validate();
                return new Table
                {
                    ApiVersion = options.ApiVersion,
                    Metadata = new ListMeta { ResourceVersion = route.Metadata.ResourceVersion },
                    ColumnDefinitions = withHeaders ? RouteColumns.Definitions : null,
                    Rows = [Row(route, options)],
                };
            case RouteList list:
                options.Validate();
                return new Table
                {
                    ApiVersion = options.ApiVersion,
                    Metadata = new ListMeta
                    {
                        ResourceVersion = list.Metadata.ResourceVersion,
                        Continue = list.Metadata.Continue,
                        RemainingItemCount = list.Metadata.RemainingItemCount,
                    },
                    ColumnDefinitions = withHeaders ? RouteColumns.Definitions : null,
                    Rows = [.. list.Items.Select(item => Row(item, options))],
                };
            default:
                return null;
        }
    }

    private static TableRow Row(Route route, TableOptions options) => new()
    {
        Cells = RouteColumns.Cells(route),
        EmbeddedObject = options.IncludeObject switch
        {
            TableOptions.IncludeNone => null,
            // List items carry no kind or apiVersion; a row's object is converted to the path's version, so it does.
            TableOptions.IncludeObjectPolicy => RouteWire.ToWire(options.Api, route),
            _ => new PartialObjectMetadata { ApiVersion = options.ApiVersion, Metadata = route.Metadata },
        },
    };
}
