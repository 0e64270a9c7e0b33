using RouteApi.Core.Model;

namespace RouteApi.Server.Registry;

/// <summary>Storage keys of routes: <c>/registry/routes/&lt;namespace&gt;/&lt;name&gt;</c>.</summary>
internal static class RouteKeys
{
    /// <summary>Everything RouteApi stores lives under this prefix (routes and the compaction claim).</summary>
    public const string StoreRoot = "/registry/";

    public const string Root = StoreRoot + "routes/";

    public static string For(ResourceKey key) => Root + key.Namespace + "/" + key.Name;

    /// <summary>The prefix of one namespace, or of every namespace when <paramref name="namespace"/> is null.</summary>
    public static string Prefix(string? @namespace) => @namespace is null ? Root : Root + @namespace + "/";
}
