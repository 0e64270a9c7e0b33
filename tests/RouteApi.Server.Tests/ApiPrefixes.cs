namespace RouteApi.Server.Tests;

/// <summary>The two URL prefixes every endpoint test runs on, with the apiVersion each writes.</summary>
public static class ApiPrefixes
{
    public const string Group = "/apis/route.openshift.io/v1";
    public const string Legacy = "/oapi/v1";

    public static TheoryData<string> All => new(Group, Legacy);

    public static string ApiVersionOf(string prefix) => prefix == Group ? "route.openshift.io/v1" : "v1";

    public static string ResourceOf(string prefix) => prefix == Group ? "routes.route.openshift.io" : "routes";

    public static string KindOf(string prefix) => prefix == Group ? "Route.route.openshift.io" : "Route";

    public static string NewNamespace() => "ns-" + Guid.NewGuid().ToString("N")[..12];
}
