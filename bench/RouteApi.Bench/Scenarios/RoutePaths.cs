namespace RouteApi.Bench.Scenarios;

/// <summary>The route.openshift.io/v1 request paths the scenarios use.</summary>
internal static class RoutePaths
{
    public const string Group = "/apis/route.openshift.io/v1";

    public static string Collection(string @namespace) => $"{Group}/namespaces/{@namespace}/routes";

    public static string Item(string @namespace, string name) => $"{Collection(@namespace)}/{name}";
}
