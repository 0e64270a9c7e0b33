using System.Globalization;
using System.Text.Json.Nodes;

namespace RouteApi.Server.Tests.Endpoints;

/// <summary>Request bodies for routes, as JSON text.</summary>
internal static class RouteJson
{
    /// <summary>The smallest valid spec: a Service backend named <c>svc</c>.</summary>
    public const string MinimalSpec = """{"to":{"name":"svc"}}""";

    /// <summary>A route body with the given name, spec and extra metadata members (each starting with a comma).</summary>
    public static string Route(string name, string spec = MinimalSpec, string metadataExtra = "") =>
        "{\"metadata\":{\"name\":\"" + name + "\"" + metadataExtra + "},\"spec\":" + spec + "}";

    /// <summary>A deep copy of <paramref name="json"/> changed by <paramref name="change"/>, as text.</summary>
    public static string Changed(JsonObject json, Action<JsonObject> change)
    {
        var copy = json.DeepClone().AsObject();
        change(copy);
        return copy.ToJsonString();
    }

    /// <summary><c>metadata.resourceVersion</c> of a route, as a number.</summary>
    public static long Revision(JsonObject route) => long.Parse((string)route["metadata"]!["resourceVersion"]!, CultureInfo.InvariantCulture);
}
