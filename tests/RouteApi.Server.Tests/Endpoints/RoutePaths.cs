namespace RouteApi.Server.Tests.Endpoints;

/// <summary>URLs of the route endpoints under one prefix.</summary>
internal static class RoutePaths
{
    public static string Collection(string prefix, string @namespace) => $"{prefix}/namespaces/{@namespace}/routes";

    public static string Item(string prefix, string @namespace, string name) => $"{Collection(prefix, @namespace)}/{name}";

    public static string Status(string prefix, string @namespace, string name) => Item(prefix, @namespace, name) + "/status";

    /// <summary>The deprecated watch path for every namespace.</summary>
    public static string WatchAll(string prefix) => $"{prefix}/watch/routes";

    /// <summary>The deprecated watch path for one namespace.</summary>
    public static string WatchCollection(string prefix, string @namespace) => $"{prefix}/watch/namespaces/{@namespace}/routes";

    /// <summary>The deprecated watch path for one route.</summary>
    public static string WatchItem(string prefix, string @namespace, string name) => $"{WatchCollection(prefix, @namespace)}/{name}";

    /// <summary>The prefix that is not <paramref name="prefix"/>.</summary>
    public static string Other(string prefix) => prefix == ApiPrefixes.Group ? ApiPrefixes.Legacy : ApiPrefixes.Group;
}
