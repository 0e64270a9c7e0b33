namespace RouteApi.Server.Tests.Endpoints;

/// <summary>URLs of the route endpoints under one prefix.</summary>
internal static class RoutePaths
{
    public static string Collection(string prefix, string @namespace) => $"{prefix}/namespaces/{@namespace}/routes";

    public static string Item(string prefix, string @namespace, string name) => $"{Collection(prefix, @namespace)}/{name}";

    public static string Status(string prefix, string @namespace, string name) => Item(prefix, @namespace, name) + "/status";

    /// <summary>The prefix that is not <paramref name="prefix"/>.</summary>
    public static string Other(string prefix) => prefix == ApiPrefixes.Group ? ApiPrefixes.Legacy : ApiPrefixes.Group;
}
