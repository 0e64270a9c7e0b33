using RouteApi.Core.Model;

namespace RouteApi.Core.Validation.SpecRules;

/// <summary>Renders header action lists as Go's <c>%#v</c> prints <c>[]v1.RouteHTTPHeader</c> (see <see cref="GoSyntax"/> on pointers).</summary>
internal static class HttpHeaderSyntax
{
    /// <summary><c>[]v1.RouteHTTPHeader{v1.RouteHTTPHeader{Name:"x", Action:…}, …}</c>.</summary>
    public static string Render(IEnumerable<RouteHttpHeader> headers) =>
        GoSyntax.Slice("v1.RouteHTTPHeader", headers.Select(Render));

    private static string Render(RouteHttpHeader header)
    {
        var action = header.Action ?? new RouteHttpHeaderActionUnion();
        var set = action.Set is null
            ? null
            : "&v1.RouteSetHTTPHeader{Value:" + GoFormat.Quote(action.Set.Value ?? string.Empty) + "}";
        return "v1.RouteHTTPHeader{Name:" + GoFormat.Quote(header.Name ?? string.Empty) +
            ", Action:v1.RouteHTTPHeaderActionUnion{Type:" + GoFormat.Quote(action.Type ?? string.Empty) +
            ", Set:" + GoSyntax.Pointer("v1.RouteSetHTTPHeader", set) + "}}";
    }
}
